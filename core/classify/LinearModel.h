// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/TfidfVectorizer.h"
#include "common/Result.h"

#include <QDataStream>
#include <QList>

namespace souffleur {

// Which LIBLINEAR solver trains the per-class weight vectors.
enum class LinearSolver : qint32 {
    CrammerSinger = 0,       // MCSVM_CS: one joint multi-class SVM
    OneVsRestSvm = 1,        // L2R_L2LOSS_SVC_DUAL, one binary SVM per class
    OneVsRestLogistic = 2,   // L2R_LR_DUAL
};

struct LinearTrainOptions
{
    LinearSolver solver = LinearSolver::CrammerSinger;
    double C = 1.0;
    double eps = 0.1;
};

// The weights of a linear multi-class model trained by LIBLINEAR, copied out of LIBLINEAR's struct into a
// feature-major float matrix: scoring a sparse text touches one contiguous row per feature, the model can be
// serialized as it is, and nothing of LIBLINEAR is needed (or leaked) after training.
class LinearModel final
{
public:
    LinearModel() = default;

    // `classes[i]` in [0, classCount) is the class of `rows[i]`; `copies[i]` (>= 1) repeats a row, which is how
    // example weights are honoured (LIBLINEAR 2.3 has no instance weights). Needs at least two classes present.
    static Result<LinearModel> train(const QList<SparseVector> &rows, const QList<int> &classes,
                                     const QList<int> &copies, int classCount, int dimension,
                                     const LinearTrainOptions &options);

    int classCount() const { return m_classCount; }
    int dimension() const { return m_dimension; }
    // One decision value per class into `scores` (size classCount()).
    void scores(const SparseVector &x, float *scores) const;

    void write(QDataStream &out) const;
    bool read(QDataStream &in);

private:
    int m_classCount = 0;
    int m_dimension = 0;
    QList<float> m_weights;  // m_dimension rows of m_classCount
    QList<float> m_bias;     // per class
};

} // namespace souffleur
