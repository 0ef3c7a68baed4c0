// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/Classifier.h"
#include "common/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace souffleur {

class Store;

// What the store offers the classifier, gathered in one pass.
struct StoreTrainingSet
{
    QList<TrainingExample> examples;
    QMap<QString, QString> parents;  // category id -> parent id
    QMap<QString, int> countsBySource;  // tickets, corrections, category_texts, linked_items, skipped_tickets
};

struct StoreTrainingOptions
{
    // An agent's correction counts as this many imported tickets: it is recent, checked by a person, and it is
    // how the classifier learns from its mistakes.
    double correctionWeight = 3.0;
    bool includeCategoryTexts = true;
    bool includeLinkedItems = true;  // titles and summaries of the content linked to each category
    // Linked items are a weak, plentiful signal: a large knowledge base would drown the tickets in them and make
    // training slow, so only the first few per category are used (in store order, so the choice is stable).
    int maxLinkedItemsPerCategory = 30;
};

// Training data from a Store, and the trained model's home in it (the classifier_model table, one row). Like the
// Store it reads, it must be used on the store's thread; training itself (Classifier::train, or trainAsync) is
// pure and can run anywhere.
//
// Examples: labeled tickets (source 'correction' weighted up), each category's names, descriptions, keywords and
// example phrasings per locale, and the titles and summaries of non-archived items linked to each category, so a
// knowledge base without tickets still classifies. Labels are category ids.
class ClassifierRepository final
{
public:
    explicit ClassifierRepository(const Store &store) : m_store(store) {}

    Result<StoreTrainingSet> trainingSet(const StoreTrainingOptions &options = {}) const;

    // Replaces the saved model; the summary records what it was trained on (see summaryOf).
    Result<void> save(const Classifier &classifier, const QJsonObject &trainingSummary) const;
    // The saved model, or nothing when the store has none yet.
    Result<std::optional<Classifier>> load() const;
    // The training summary of the saved model (empty object when there is none).
    Result<QJsonObject> savedSummary() const;

    // A JSON record of a training run: trained_at, counts per source, classes, examples and the training report.
    static QJsonObject summaryOf(const StoreTrainingSet &set, const Classifier &classifier);

    // Builds the training set, trains and saves, on the calling thread (the CLI's `train`). Returns the summary.
    Result<QJsonObject> trainAndSave(const StoreTrainingOptions &storeOptions = {},
                                     const ClassifierOptions &classifierOptions = {}) const;

    // Classifier::train on a worker thread of the global pool; the desktop builds the set on the store's thread,
    // calls this, and saves the result back on the store's thread when the future finishes.
    static QFuture<Result<Classifier>> trainAsync(QList<TrainingExample> examples, ClassifierOptions options);

private:
    const Store &m_store;
};

} // namespace souffleur
