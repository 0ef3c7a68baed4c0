// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/LinearModel.h"
#include "classify/TextNormalizer.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace souffleur {

// One text the classifier learns from. `weight` repeats it (an agent's correction may count more than an
// imported ticket); `locale` may be empty (the language is then detected).
struct TrainingExample
{
    QString text;
    QString label;
    QString locale;
    double weight = 1.0;
};

struct ClassifierOptions
{
    NormalizerOptions normalizer;
    TfidfVectorizer::Options tfidf;
    LinearSolver solver = LinearSolver::CrammerSinger;
    // Regularization: chosen from this list on the held-out split (one-standard-error rule); one value skips the
    // search.
    QList<double> cCandidates{0.3, 1.0, 3.0};
    double eps = 0.1;
    // Share of the examples held out (stratified) to choose C, fit the temperature and set the threshold.
    // Small training sets are cross-validated instead (see docs/classifier.md).
    double heldOutFraction = 0.2;
    // Examples with this label are out-of-scope: they only help set the "unsure" threshold, never a class.
    QString outOfScopeLabel;
    // label -> parent label: when unsure between two siblings, the parent can be the answer.
    QMap<QString, QString> parents;
    // How much worse a wrong answer is than an "unsure" (the threshold maximizes the held-out utility
    // correct = +1, unsure = 0, wrong = -wrongAnswerCost; docs/classifier.md says why 0.5).
    double wrongAnswerCost = 0.5;
    // Assumed share of out-of-scope texts in real traffic, used to weigh out-of-scope examples when they are given;
    // negative: their share in the training data.
    double outOfScopeShare = -1;
    // Prior share of texts that belong to no category, for calibrating an explicit "none of these" probability
    // (leave-one-class-out, Calibration.h). 0 (the default) leaves it out: on large data it costs in-scope
    // accuracy; on a small knowledge base without out-of-scope examples, 0.5 with wrongAnswerCost 1 abstains
    // much more readily on unrelated text (docs/classifier.md).
    double outOfScopePrior = 0;
    // A text whose best decision value is lower than this share of the correctly classified held-out texts gets
    // "unsure": with few examples per category the probabilities of an unrelated text can still pile up on one
    // category, while its raw score stays far below anything seen on real tickets. 0 turns the floor off.
    double noveltyQuantile = 0.005;
    quint32 seed = 42;
};

struct ScoredLabel
{
    QString label;
    double probability = 0;
};

struct Prediction
{
    QList<ScoredLabel> top;  // up to three categories, most probable first
    QString label;           // the answer: a category, a parent category, or empty when unsure
    double confidence = 0;   // probability of `label` (of the top category when unsure)
    bool unsure = true;
    bool parentAnswer = false;  // `label` is the parent of the two most probable siblings
    QString language;           // the language the text was read in
};

// What training did, for logs, the store's training summary and `souffleur-kb train`.
struct TrainingReport
{
    int examples = 0;        // training texts, out-of-scope ones excluded
    int outOfScope = 0;
    int classes = 0;
    int features = 0;
    double C = 0;
    double temperature = 1;
    double noneScore = 0;
    double threshold = 0;
    double scoreFloor = 0;
    double heldOutAccuracy = -1;  // -1 when the set was too small to hold anything out
    int heldOut = 0;
    double seconds = 0;
    QJsonObject toJson() const;
};

// Ticket classifier: TF-IDF over word and character n-grams, a linear model trained with LIBLINEAR, calibrated
// probabilities (softmax with a temperature fitted on held-out data), and an "unsure" answer below a threshold
// chosen on held-out data (docs/classifier.md).
//
// The trained model is immutable and shared between copies; each copy owns its normalizer (Snowball stemmers keep
// state), so copy the classifier to predict from another thread. train() is a pure function, safe to run off the
// UI thread.
class Classifier final
{
public:
    Classifier();
    ~Classifier();
    Classifier(const Classifier &);
    Classifier &operator=(const Classifier &);
    Classifier(Classifier &&) noexcept;
    Classifier &operator=(Classifier &&) noexcept;

    static Result<Classifier> train(const QList<TrainingExample> &examples, const ClassifierOptions &options = {});

    bool isTrained() const { return m_model != nullptr; }
    // `locale` may be empty: the language is then detected.
    Prediction predict(const QString &text, const QString &locale = {});

    QStringList labels() const;
    const ClassifierOptions &options() const;
    const TrainingReport &report() const;

    // The whole model (options, vocabulary, idf, weights, temperature, threshold), versioned and compressed.
    QByteArray serialize() const;
    static Result<Classifier> deserialize(const QByteArray &data);

    // Calibrated probabilities of every class, in labels() order (for evaluation and diagnostics).
    QList<double> probabilities(const QString &text, const QString &locale = {});
    // The linear model's raw decision values, in labels() order (diagnostics).
    QList<float> decisionValues(const QString &text, const QString &locale = {});

    struct Model;

private:
    explicit Classifier(std::shared_ptr<const Model> model);
    Prediction decide(const QList<float> &scores, const QList<double> &probabilities, const QString &language) const;

    std::shared_ptr<const Model> m_model;
    TextNormalizer m_normalizer;
};

} // namespace souffleur
