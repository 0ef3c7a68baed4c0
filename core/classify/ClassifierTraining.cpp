// SPDX-License-Identifier: GPL-3.0-or-later
// Classifier::train: from labeled texts to a calibrated model (docs/classifier.md, "Training").
#include "classify/Calibration.h"
#include "classify/Classifier.h"
#include "classify/ClassifierModel.h"
#include "common/Logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace souffleur {

namespace {

// The examples of one training run, normalized once.
struct Corpus
{
    QList<QList<quint64>> terms;  // in-scope texts
    QList<int> classes;
    QList<int> copies;
    QList<QList<quint64>> outOfScope;
};

// Which fold each in-scope example is held out in (-1: always trained on). Stratified, so every class keeps
// examples on the training side; a class with a single example is never held out.
QList<int> assignFolds(const QList<int> &classes, int classCount, int folds, double fraction, quint32 seed)
{
    QList<QList<int>> byClass(classCount);
    for (qsizetype i = 0; i < classes.size(); ++i)
        byClass[classes.at(i)].append(int(i));
    QRandomGenerator rng(seed);
    QList<int> fold(classes.size(), -1);
    for (QList<int> &members : byClass) {
        std::shuffle(members.begin(), members.end(), rng);
        if (members.size() < 2)
            continue;
        if (folds > 1) {
            for (qsizetype k = 0; k < members.size(); ++k)
                fold[members.at(k)] = int(k % folds);
        } else {
            const qsizetype held = std::clamp<qsizetype>(qsizetype(std::lround(fraction * double(members.size()))), 1,
                                                         members.size() - 1);
            for (qsizetype k = 0; k < held; ++k)
                fold[members.at(k)] = 0;
        }
    }
    return fold;
}

struct FoldResult
{
    QList<QList<float>> scores;  // per held-out example
    QList<int> gold;
    QList<QList<float>> outOfScopeScores;
};

} // namespace

Result<Classifier> Classifier::train(const QList<TrainingExample> &examples, const ClassifierOptions &options)
{
    QElapsedTimer timer;
    timer.start();

    // Labels and the knowledge base's main language (the fallback when a text gives no clue).
    QMap<QString, int> labelIndex;
    QHash<QString, int> languageVotes;
    for (const TrainingExample &e : examples) {
        if (e.text.trimmed().isEmpty() || e.label.isEmpty())
            continue;
        if (options.outOfScopeLabel.isEmpty() || e.label != options.outOfScopeLabel)
            labelIndex.insert(e.label, 0);
        const QString language = e.locale.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (!language.isEmpty())
            ++languageVotes[language];
    }
    if (labelIndex.size() < 2)
        return makeError(QObject::tr("Training needs examples of at least two categories (found %1).")
                             .arg(labelIndex.size()));
    auto model = std::make_shared<Model>();
    model->options = options;
    int bestVotes = 0;
    for (auto it = languageVotes.cbegin(); it != languageVotes.cend(); ++it) {
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < model->options.normalizer.fallbackLanguage)) {
            bestVotes = it.value();
            model->options.normalizer.fallbackLanguage = it.key();
        }
    }
    int next = 0;
    for (auto it = labelIndex.begin(); it != labelIndex.end(); ++it) {
        it.value() = next++;
        model->labels.append(it.key());
    }
    const int classCount = int(model->labels.size());

    TextNormalizer normalizer(model->options.normalizer);
    Corpus corpus;
    for (const TrainingExample &e : examples) {
        if (e.text.trimmed().isEmpty() || e.label.isEmpty())
            continue;
        QList<quint64> terms = normalizer.features(e.text, e.locale);
        if (!options.outOfScopeLabel.isEmpty() && e.label == options.outOfScopeLabel) {
            corpus.outOfScope.append(std::move(terms));
            continue;
        }
        corpus.terms.append(std::move(terms));
        corpus.classes.append(labelIndex.value(e.label));
        corpus.copies.append(std::max(1, int(std::lround(e.weight))));
    }
    const qsizetype n = corpus.terms.size();

    QList<double> cs = options.cCandidates;
    if (cs.isEmpty())
        cs.append(1.0);

    // Held-out evaluation: one stratified split when there is plenty of data (training time matters), 5-fold
    // cross-validation when there is little (every example then counts once as held-out).
    const bool crossValidate = n < 2000;
    const int folds = crossValidate ? 5 : 1;
    const QList<int> foldOf = assignFolds(corpus.classes, classCount, folds, options.heldOutFraction, options.seed);
    QList<FoldResult> perC(cs.size());
    for (int f = 0; f < folds; ++f) {
        QList<QList<quint64>> trainTerms;
        QList<int> trainClasses, trainCopies, heldIndex;
        for (qsizetype i = 0; i < n; ++i) {
            if (foldOf.at(i) == f) {
                heldIndex.append(int(i));
            } else {
                trainTerms.append(corpus.terms.at(i));
                trainClasses.append(corpus.classes.at(i));
                trainCopies.append(corpus.copies.at(i));
            }
        }
        if (heldIndex.isEmpty())
            continue;
        const TfidfVectorizer vectorizer = TfidfVectorizer::fit(trainTerms, options.tfidf);
        QList<SparseVector> rows;
        rows.reserve(trainTerms.size());
        for (const QList<quint64> &t : std::as_const(trainTerms))
            rows.append(vectorizer.transform(t));
        QList<SparseVector> held;
        for (int i : std::as_const(heldIndex))
            held.append(vectorizer.transform(corpus.terms.at(i)));
        QList<SparseVector> oos;
        for (const QList<quint64> &t : std::as_const(corpus.outOfScope))
            oos.append(vectorizer.transform(t));
        for (qsizetype c = 0; c < cs.size(); ++c) {
            auto linear = LinearModel::train(rows, trainClasses, trainCopies, classCount, vectorizer.dimension(),
                                             {options.solver, cs.at(c), options.eps});
            if (!linear)
                return linear.error();
            for (qsizetype k = 0; k < held.size(); ++k) {
                QList<float> s(classCount);
                linear->scores(held.at(k), s.data());
                perC[c].scores.append(std::move(s));
                perC[c].gold.append(corpus.classes.at(heldIndex.at(k)));
            }
            for (const SparseVector &x : std::as_const(oos)) {
                QList<float> s(classCount);
                linear->scores(x, s.data());
                perC[c].outOfScopeScores.append(std::move(s));
            }
        }
    }

    // C: the most regularized value whose held-out accuracy is within one standard error of the best (the
    // "one-standard-error rule": differences smaller than the noise of the held-out estimate are not evidence,
    // and a smaller C generalizes better to texts unlike the training ones).
    QList<double> accuracies(cs.size(), -1);
    qsizetype bestC = 0;
    for (qsizetype c = 0; c < cs.size(); ++c) {
        const FoldResult &r = perC.at(c);
        if (r.gold.isEmpty())
            continue;
        int correct = 0;
        for (qsizetype k = 0; k < r.scores.size(); ++k) {
            const QList<float> &s = r.scores.at(k);
            correct += int(std::max_element(s.cbegin(), s.cend()) - s.cbegin()) == r.gold.at(k);
        }
        accuracies[c] = double(correct) / double(r.gold.size());
        if (accuracies.at(c) > accuracies.at(bestC))
            bestC = c;
    }
    const double bestAccuracy = accuracies.at(bestC);
    qCDebug(lcClassify) << "held-out accuracy per C" << cs << accuracies;
    const double heldOutCount = double(std::max<qsizetype>(1, perC.at(bestC).gold.size()));
    const double standardError = std::sqrt(std::max(0.0, bestAccuracy * (1 - bestAccuracy)) / heldOutCount);
    for (qsizetype c = 0; c < cs.size(); ++c) {
        if (accuracies.at(c) >= bestAccuracy - standardError && cs.at(c) < cs.at(bestC))
            bestC = c;
    }
    const FoldResult &chosen = perC.at(bestC);

    // Calibration and the "unsure" threshold, both on held-out decision values.
    if (!chosen.gold.isEmpty() && options.outOfScopePrior <= 0) {
        model->temperature = calibration::fitTemperature(chosen.scores, chosen.gold);
    } else if (!chosen.gold.isEmpty()) {
        const calibration::Calibration fitted = calibration::fitCalibration(chosen.scores, chosen.gold,
                                                                                        options.outOfScopePrior);
        model->temperature = fitted.temperature;
        model->noneScore = fitted.noneScore;
    }
    QList<calibration::HeldOutAnswer> answers;
    QList<double> probs;
    for (qsizetype k = 0; k < chosen.scores.size(); ++k) {
        const QList<float> &s = chosen.scores.at(k);
        calibration::softmax(s.constData(), classCount, model->temperature, model->noneScore, probs);
        const auto top = std::max_element(probs.cbegin(), probs.cend());
        answers.append({*top, int(top - probs.cbegin()) == chosen.gold.at(k)});
    }
    QList<float> correctTopScores;
    for (qsizetype k = 0; k < chosen.scores.size(); ++k) {
        const QList<float> &s = chosen.scores.at(k);
        const auto top = std::max_element(s.cbegin(), s.cend());
        if (int(top - s.cbegin()) == chosen.gold.at(k))
            correctTopScores.append(*top);
    }
    std::sort(correctTopScores.begin(), correctTopScores.end());
    if (options.noveltyQuantile > 0 && !correctTopScores.isEmpty()) {
        const auto at = qsizetype(std::floor(options.noveltyQuantile * double(correctTopScores.size())));
        model->scoreFloor = correctTopScores.at(std::min(at, correctTopScores.size() - 1));
    }
    QList<double> oosConfidence;
    for (const QList<float> &s : chosen.outOfScopeScores) {
        calibration::softmax(s.constData(), classCount, model->temperature, model->noneScore, probs);
        oosConfidence.append(*std::max_element(probs.cbegin(), probs.cend()));
    }
    // Without a stated traffic mix, out-of-scope texts weigh what they weigh in the training data.
    const double share = options.outOfScopeShare >= 0
                             ? options.outOfScopeShare
                             : double(corpus.outOfScope.size()) / double(corpus.outOfScope.size() + n);
    model->threshold = calibration::chooseThreshold(answers, oosConfidence, {options.wrongAnswerCost, share});

    // The final model learns from every in-scope example.
    model->vectorizer = TfidfVectorizer::fit(corpus.terms, options.tfidf);
    QList<SparseVector> rows;
    rows.reserve(n);
    for (const QList<quint64> &t : std::as_const(corpus.terms))
        rows.append(model->vectorizer.transform(t));
    auto linear = LinearModel::train(rows, corpus.classes, corpus.copies, classCount, model->vectorizer.dimension(),
                                     {options.solver, cs.at(bestC), options.eps});
    if (!linear)
        return linear.error();
    model->linear = std::move(*linear);

    TrainingReport &report = model->report;
    report.examples = int(n);
    report.outOfScope = int(corpus.outOfScope.size());
    report.classes = classCount;
    report.features = model->vectorizer.dimension();
    report.C = cs.at(bestC);
    report.temperature = model->temperature;
    report.noneScore = model->noneScore;
    report.threshold = model->threshold;
    report.scoreFloor = model->scoreFloor;
    report.heldOut = int(chosen.gold.size());
    report.heldOutAccuracy = chosen.gold.isEmpty() ? -1 : accuracies.at(bestC);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCDebug(lcClassify) << "trained" << report.toJson();
    return Classifier(std::move(model));
}

} // namespace souffleur
