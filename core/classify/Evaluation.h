// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/Classifier.h"
#include "common/Result.h"

#include <QString>

namespace souffleur {

// Figures of `souffleur-kb evaluate` (issue 3): a fresh classifier trained on one CSV file, scored on another.
struct EvaluationReport
{
    int n = 0;                   // test rows
    double accuracy = 0;         // over all test rows; an out-of-scope row is right when the answer is "unsure"
    double macroF1 = 0;          // averaged over the gold categories of the test file (out-of-scope included)
    bool withOutOfScope = false;
    double outOfScopeRecall = 0;  // share of out-of-scope test rows answered "unsure"
    double inScopeAccuracy = 0;   // share of in-scope test rows answered with their category ("unsure" is wrong)
    int outOfScopeCount = 0;
    int unsureCount = 0;
    TrainingReport training;
    double trainSeconds = 0;
    double predictSecondsPerText = 0;
};

struct EvaluationOptions
{
    ClassifierOptions classifier;
    // Score the top category even when the classifier is unsure (the closed-set accuracy of the literature).
    // Out-of-scope evaluation always uses the unsure answer.
    bool forceAnswer = true;
};

// Trains on `trainCsv` and predicts every row of `testCsv` (both with header `text,category`, RFC 4180, UTF-8).
// With `outOfScopeLabel`, rows with that label are out-of-scope: in the training file they only help set the
// "unsure" threshold; in the test file the right answer for them is "unsure". Without it, every test row gets its
// top category (closed-set scoring). When `predictionsCsv` is not empty, writes `id,predicted,confidence` there
// (id = 0-based test row, predicted empty when unsure). Malformed rows are errors naming the file and line.
Result<EvaluationReport> evaluateCsv(const QString &trainCsv, const QString &testCsv, const QString &outOfScopeLabel,
                                     const QString &predictionsCsv, const EvaluationOptions &options = {});

// Labeled texts of a `text,category` CSV file (locale left empty).
Result<QList<TrainingExample>> readLabeledCsv(const QString &path);

// The last line of `souffleur-kb evaluate`: `accuracy=0.XXXX macro_f1=0.XXXX n=N`, followed by
// ` oos_recall=0.XXXX inscope_accuracy=0.XXXX` when out-of-scope rows were evaluated.
QString formatEvaluationLine(const EvaluationReport &report);

} // namespace souffleur
