// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/classify: the immutable trained state behind a Classifier, built by ClassifierTraining.cpp
// and read by Classifier.cpp.

#include "classify/Classifier.h"
#include "classify/LinearModel.h"
#include "classify/TfidfVectorizer.h"

namespace souffleur {

// Everything a prediction needs; shared (read-only) by all copies of a Classifier.
struct Classifier::Model
{
    ClassifierOptions options;
    QStringList labels;  // class index -> label
    TfidfVectorizer vectorizer;
    LinearModel linear;
    double temperature = 1.0;
    double noneScore = -1e30;  // decision value of the implicit "none of these" class (Calibration.h)
    double threshold = 0.5;
    // Novelty floor: below this top decision value a text shares too little with the training texts to be
    // answered, however the probabilities happen to spread (see ClassifierOptions::noveltyQuantile).
    double scoreFloor = -1e30;
    TrainingReport report;
};

} // namespace souffleur
