// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/LinearModel.h"

#include <QMutex>
#include <QObject>

#include <linear.h>

#include <bit>
#include <cstdlib>
#include <vector>

namespace souffleur {

namespace {

void quiet(const char *) {}

int solverType(LinearSolver solver)
{
    switch (solver) {
    case LinearSolver::CrammerSinger:
        return MCSVM_CS;
    case LinearSolver::OneVsRestSvm:
        return L2R_L2LOSS_SVC_DUAL;
    case LinearSolver::OneVsRestLogistic:
        return L2R_LR_DUAL;
    }
    return MCSVM_CS;
}

// LIBLINEAR keeps process-wide state: its print function and the C library's rand(), which orders its
// coordinate descent. Training is serialized and rand() reseeded so that the same data gives the same model.
QMutex &liblinearMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

Result<LinearModel> LinearModel::train(const QList<SparseVector> &rows, const QList<int> &classes,
                                       const QList<int> &copies, int classCount, int dimension,
                                       const LinearTrainOptions &options)
{
    if (rows.size() != classes.size() || rows.size() != copies.size())
        return makeError(QObject::tr("Internal error: training rows and labels differ in number."));

    // One contiguous node array: each row's features (1-based), the bias feature, then the -1 terminator.
    std::vector<feature_node> nodes;
    qsizetype total = 0;
    for (const SparseVector &r : rows)
        total += r.indices.size() + 2;
    nodes.reserve(static_cast<size_t>(total));
    std::vector<size_t> starts;
    starts.reserve(static_cast<size_t>(rows.size()));
    for (const SparseVector &r : rows) {
        starts.push_back(nodes.size());
        for (qsizetype k = 0; k < r.indices.size(); ++k)
            nodes.push_back({r.indices.at(k) + 1, double(r.values.at(k))});
        nodes.push_back({dimension + 1, 1.0});
        nodes.push_back({-1, 0.0});
    }
    std::vector<feature_node *> x;
    std::vector<double> y;
    QList<bool> present(classCount, false);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (classes.at(i) < 0 || classes.at(i) >= classCount)
            return makeError(QObject::tr("Internal error: class index out of range."));
        present[classes.at(i)] = true;
        for (int c = 0; c < std::max(1, copies.at(i)); ++c) {
            x.push_back(&nodes[starts[static_cast<size_t>(i)]]);
            y.push_back(classes.at(i));
        }
    }
    if (present.count(true) < 2)
        return makeError(QObject::tr("Training needs examples of at least two categories."));

    problem prob{};
    prob.l = static_cast<int>(x.size());
    prob.n = dimension + 1;
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = 1.0;

    parameter param{};
    param.solver_type = solverType(options.solver);
    param.eps = options.eps;
    param.C = options.C;
    param.nr_weight = 0;
    param.weight_label = nullptr;
    param.weight = nullptr;
    param.p = 0.1;
    param.init_sol = nullptr;
    if (const char *problemText = check_parameter(&prob, &param))
        return makeError(QObject::tr("Invalid classifier parameters: %1").arg(QString::fromUtf8(problemText)));

    model *trained = nullptr;
    {
        QMutexLocker lock(&liblinearMutex());
        set_print_string_function(&quiet);
        std::srand(1);
        trained = ::train(&prob, &param);
    }
    if (!trained)
        return makeError(QObject::tr("LIBLINEAR could not train the classifier."));

    LinearModel out;
    out.m_classCount = classCount;
    out.m_dimension = dimension;
    out.m_weights.fill(0.0f, qsizetype(dimension) * classCount);
    out.m_bias.fill(0.0f, classCount);
    // Classes absent from these rows (possible in a validation split) never win.
    for (int c = 0; c < classCount; ++c) {
        if (!present.at(c))
            out.m_bias[c] = -1e6f;
    }
    const int nrClass = trained->nr_class;
    const bool binary = nrClass == 2 && trained->param.solver_type != MCSVM_CS;
    const int nrW = binary ? 1 : nrClass;
    for (int k = 0; k < nrClass; ++k) {
        const int cls = trained->label[k];
        const int column = binary ? 0 : k;
        // A binary model holds one vector for label[0]; label[1] gets its negation.
        const double sign = binary && k == 1 ? -1.0 : 1.0;
        for (int f = 0; f < dimension; ++f)
            out.m_weights[qsizetype(f) * classCount + cls] = float(sign * trained->w[size_t(f) * nrW + column]);
        out.m_bias[cls] = float(sign * trained->w[size_t(dimension) * nrW + column]);
    }
    free_and_destroy_model(&trained);
    return out;
}

void LinearModel::scores(const SparseVector &x, float *scores) const
{
    for (int c = 0; c < m_classCount; ++c)
        scores[c] = m_bias.at(c);
    const float *w = m_weights.constData();
    for (qsizetype k = 0; k < x.indices.size(); ++k) {
        const int f = x.indices.at(k);
        if (f < 0 || f >= m_dimension)
            continue;
        const float v = x.values.at(k);
        const float *row = w + qsizetype(f) * m_classCount;
        for (int c = 0; c < m_classCount; ++c)
            scores[c] += v * row[c];
    }
}

namespace {

// Floats go out as their exact bit patterns: QDataStream's precision setting would otherwise round them, and a
// reloaded model must predict exactly like the one that was saved.
void writeFloats(QDataStream &out, const QList<float> &values)
{
    out << quint64(values.size());
    for (float v : values)
        out << std::bit_cast<quint32>(v);
}

bool readFloats(QDataStream &in, QList<float> &values, quint64 expected)
{
    quint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count != expected)
        return false;
    values.resize(qsizetype(count));
    for (float &v : values) {
        quint32 bits = 0;
        in >> bits;
        v = std::bit_cast<float>(bits);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

void LinearModel::write(QDataStream &out) const
{
    out << qint32(m_classCount) << qint32(m_dimension);
    writeFloats(out, m_bias);
    writeFloats(out, m_weights);
}

bool LinearModel::read(QDataStream &in)
{
    qint32 classCount = 0, dimension = 0;
    in >> classCount >> dimension;
    if (in.status() != QDataStream::Ok || classCount < 0 || dimension < 0)
        return false;
    m_classCount = classCount;
    m_dimension = dimension;
    return readFloats(in, m_bias, quint64(classCount)) && readFloats(in, m_weights, quint64(classCount) * quint64(dimension));
}

} // namespace souffleur
