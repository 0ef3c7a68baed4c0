// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// Turning a linear model's decision values into probabilities that mean something, and choosing when to answer
// "unsure" (docs/classifier.md). Free functions: they are pure arithmetic on held-out results.
namespace souffleur::calibration {

// softmax over the classes' decision values and one more, "none of them", whose decision value is `noneScore`,
// all divided by `temperature`. `out` (resized to `count`) gets the classes' probabilities, which sum to
// 1 - P(none).
void softmax(const float *scores, int count, double temperature, double noneScore, QList<double> &out);

// The temperature alone (no "none" class): minimizes the negative log-likelihood of the gold classes.
double fitTemperature(const QList<QList<float>> &scores, const QList<int> &gold);

struct Calibration
{
    double temperature = 1.0;
    double noneScore = -1e30;  // "none of these" off
};

// Temperature and "none" score minimizing the negative log-likelihood on held-out decision values: each held-out
// text should get its own class, and the same text with its own class removed (leave-one-class-out: a realistic
// out-of-scope text, close to the domain but of no known class) should get "none"; those pseudo out-of-scope texts
// weigh as a share `outOfScopePrior` of the traffic. Two parameters, so the fit cannot overfit much even on a few
// dozen examples.
Calibration fitCalibration(const QList<QList<float>> &scores, const QList<int> &gold, double outOfScopePrior);

struct HeldOutAnswer
{
    double confidence = 0;  // calibrated probability of the top class
    bool correct = false;
};

struct ThresholdPolicy
{
    double wrongAnswerCost = 0.5;  // utility: correct +1, unsure 0, wrong -cost
    // Share of out-of-scope texts in real traffic; negative: their share among the held-out texts, i.e. every
    // held-out text weighs the same (no prior beyond the training data).
    double outOfScopeShare = -1;
};

// The confidence below which the classifier says "unsure": the value maximizing the expected utility on held-out
// answers. In-scope texts: a correct answer is worth +1, unsure 0, a wrong one -cost. Out-of-scope texts (when
// given): unsure is worth 0, any answer -cost; they are weighted as `outOfScopeShare` of the traffic. The result is
// never below the Bayes decision point of calibrated probabilities, cost / (1 + cost), so that a training set too
// small or too easy to show mistakes still abstains on texts it has no evidence for.
double chooseThreshold(const QList<HeldOutAnswer> &inScope, const QList<double> &outOfScope,
                       const ThresholdPolicy &policy);

} // namespace souffleur::calibration
