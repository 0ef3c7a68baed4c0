// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/Classifier.h"

#include "classify/Calibration.h"
#include "classify/ClassifierModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QObject>

#include <algorithm>
#include <numeric>

namespace souffleur {

namespace {

constexpr char magic[] = "SOUFFLEUR-CLASSIFIER";
// Version 1: options, labels, temperature, threshold, report, vectorizer, linear model. Bump it whenever the
// layout or the meaning of a feature hash changes: an older model is then refused and retrained.
constexpr quint32 formatVersion = 1;

const ClassifierOptions &defaultOptions()
{
    static const ClassifierOptions options;
    return options;
}

const TrainingReport &emptyReport()
{
    static const TrainingReport report;
    return report;
}

} // namespace

QJsonObject TrainingReport::toJson() const
{
    return QJsonObject{
        {u"examples"_qs, examples},
        {u"out_of_scope"_qs, outOfScope},
        {u"classes"_qs, classes},
        {u"features"_qs, features},
        {u"c"_qs, C},
        {u"temperature"_qs, temperature},
        {u"none_score"_qs, noneScore},
        {u"threshold"_qs, threshold},
        {u"score_floor"_qs, scoreFloor},
        {u"held_out"_qs, heldOut},
        {u"held_out_accuracy"_qs, heldOutAccuracy},
        {u"seconds"_qs, seconds},
    };
}

Classifier::Classifier() = default;
Classifier::~Classifier() = default;
Classifier::Classifier(std::shared_ptr<const Model> model)
    : m_model(std::move(model)), m_normalizer(m_model->options.normalizer)
{
}
Classifier::Classifier(const Classifier &) = default;  // TextNormalizer's copy makes fresh stemmers
Classifier &Classifier::operator=(const Classifier &) = default;
Classifier::Classifier(Classifier &&) noexcept = default;
Classifier &Classifier::operator=(Classifier &&) noexcept = default;

QStringList Classifier::labels() const
{
    return m_model ? m_model->labels : QStringList();
}

const ClassifierOptions &Classifier::options() const
{
    return m_model ? m_model->options : defaultOptions();
}

const TrainingReport &Classifier::report() const
{
    return m_model ? m_model->report : emptyReport();
}

QList<float> Classifier::decisionValues(const QString &text, const QString &locale)
{
    if (!m_model)
        return {};
    const NormalizedText normalized = m_normalizer.normalize(text, locale);
    const SparseVector x = m_model->vectorizer.transform(m_normalizer.features(normalized));
    QList<float> scores(m_model->linear.classCount());
    m_model->linear.scores(x, scores.data());
    return scores;
}

QList<double> Classifier::probabilities(const QString &text, const QString &locale)
{
    if (!m_model)
        return {};
    const QList<float> scores = decisionValues(text, locale);
    QList<double> probs;
    calibration::softmax(scores.constData(), int(scores.size()), m_model->temperature, m_model->noneScore, probs);
    return probs;
}

Prediction Classifier::predict(const QString &text, const QString &locale)
{
    if (!m_model)
        return {};
    const NormalizedText normalized = m_normalizer.normalize(text, locale);
    const SparseVector x = m_model->vectorizer.transform(m_normalizer.features(normalized));
    QList<float> scores(m_model->linear.classCount());
    m_model->linear.scores(x, scores.data());
    QList<double> probs;
    calibration::softmax(scores.constData(), int(scores.size()), m_model->temperature, m_model->noneScore, probs);
    return decide(scores, probs, normalized.language);
}

Prediction Classifier::decide(const QList<float> &scores, const QList<double> &probs, const QString &language) const
{
    Prediction p;
    p.language = language;
    QList<int> order(probs.size());
    std::iota(order.begin(), order.end(), 0);
    const qsizetype topCount = std::min<qsizetype>(3, order.size());
    std::partial_sort(order.begin(), order.begin() + topCount, order.end(),
                      [&](int a, int b) { return probs.at(a) > probs.at(b) || (probs.at(a) == probs.at(b) && a < b); });
    for (qsizetype k = 0; k < topCount; ++k)
        p.top.append({m_model->labels.at(order.at(k)), probs.at(order.at(k))});
    if (p.top.isEmpty())
        return p;

    const double threshold = m_model->threshold;
    p.confidence = p.top.first().probability;
    if (scores.at(order.constFirst()) < m_model->scoreFloor)
        return p;
    if (p.confidence >= threshold) {
        p.label = p.top.first().label;
        p.unsure = false;
        return p;
    }
    // Torn between two leaves of one parent: the parent is a right answer, and its probability is the mass of
    // all its children.
    const QMap<QString, QString> &parents = m_model->options.parents;
    if (p.top.size() >= 2) {
        const QString parent = parents.value(p.top.at(0).label);
        if (!parent.isEmpty() && parents.value(p.top.at(1).label) == parent) {
            double mass = 0;
            for (qsizetype c = 0; c < probs.size(); ++c) {
                if (parents.value(m_model->labels.at(c)) == parent)
                    mass += probs.at(c);
            }
            if (mass >= threshold) {
                p.label = parent;
                p.confidence = mass;
                p.unsure = false;
                p.parentAnswer = true;
            }
        }
    }
    return p;
}

QByteArray Classifier::serialize() const
{
    if (!m_model)
        return {};
    const Model &m = *m_model;
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        const ClassifierOptions &o = m.options;
        out << o.normalizer.wordBigrams << qint32(o.normalizer.charMin) << qint32(o.normalizer.charMax)
            << o.normalizer.fallbackLanguage << o.normalizer.charAcrossWords << o.normalizer.surfaceWords << qint32(o.solver) << o.cCandidates << o.eps << o.heldOutFraction
            << o.outOfScopeLabel << o.parents << o.wrongAnswerCost << o.outOfScopeShare << o.outOfScopePrior << o.noveltyQuantile << o.seed;
        out << m.labels << m.temperature << m.noneScore << m.threshold << m.scoreFloor;
        const TrainingReport &r = m.report;
        out << qint32(r.examples) << qint32(r.outOfScope) << qint32(r.classes) << qint32(r.features) << r.C
            << r.temperature << r.noneScore << r.threshold << r.scoreFloor << r.heldOutAccuracy << qint32(r.heldOut) << r.seconds;
        m.vectorizer.write(out);
        m.linear.write(out);
    }
    QByteArray data(magic);
    QDataStream header(&data, QIODevice::Append);
    header << formatVersion;
    data.append(qCompress(payload, 6));
    return data;
}

Result<Classifier> Classifier::deserialize(const QByteArray &data)
{
    const QByteArray head(magic);
    if (!data.startsWith(head) || data.size() < head.size() + 4)
        return makeError(QObject::tr("This is not a Souffleur classifier model."));
    QDataStream header(data.mid(head.size(), 4));
    quint32 version = 0;
    header >> version;
    if (version != formatVersion)
        return makeError(QObject::tr("The classifier model has format %1; this version reads format %2. Train the "
                                     "classifier again.").arg(version).arg(formatVersion));
    const QByteArray payload = qUncompress(data.mid(head.size() + 4));
    if (payload.isEmpty())
        return makeError(QObject::tr("The classifier model is damaged (cannot decompress it)."));

    auto m = std::make_shared<Model>();
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    ClassifierOptions &o = m->options;
    qint32 charMin = 0, charMax = 0, solver = 0;
    in >> o.normalizer.wordBigrams >> charMin >> charMax >> o.normalizer.fallbackLanguage >> o.normalizer.charAcrossWords >> o.normalizer.surfaceWords >> solver >> o.cCandidates
        >> o.eps >> o.heldOutFraction >> o.outOfScopeLabel >> o.parents >> o.wrongAnswerCost >> o.outOfScopeShare
        >> o.outOfScopePrior >> o.noveltyQuantile >> o.seed;
    o.normalizer.charMin = charMin;
    o.normalizer.charMax = charMax;
    o.solver = static_cast<LinearSolver>(solver);
    in >> m->labels >> m->temperature >> m->noneScore >> m->threshold >> m->scoreFloor;
    TrainingReport &r = m->report;
    qint32 examples = 0, outOfScope = 0, classes = 0, features = 0, heldOut = 0;
    in >> examples >> outOfScope >> classes >> features >> r.C >> r.temperature >> r.noneScore >> r.threshold >> r.scoreFloor >> r.heldOutAccuracy
        >> heldOut >> r.seconds;
    r.examples = examples;
    r.outOfScope = outOfScope;
    r.classes = classes;
    r.features = features;
    r.heldOut = heldOut;
    if (in.status() != QDataStream::Ok || !m->vectorizer.read(in) || !m->linear.read(in))
        return makeError(QObject::tr("The classifier model is damaged (truncated or inconsistent)."));
    o.tfidf = m->vectorizer.options();
    if (m->linear.classCount() != m->labels.size() || m->linear.dimension() != m->vectorizer.dimension()
        || (charMax > 0 && charMin < 1) || charMax > 16 || m->temperature <= 0)
        return makeError(QObject::tr("The classifier model is damaged (its parts do not match)."));
    return Classifier(std::move(m));
}

} // namespace souffleur
