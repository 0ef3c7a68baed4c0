// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/Classifier.h"
#include "classify/ClassifierRepository.h"
#include "common/Result.h"
#include "suggest/Suggester.h"

#include <QMap>

#include <memory>
#include <optional>

namespace souffleur {

class Store;

// A ticket as the side panel has it.
struct TicketInput
{
    QString text;
    QString locale;   // the ticket's language; empty: detected from the text, content shown in the agent's locale
    QString agentLocale;
    QString channel;  // phone, email, chat or empty
    // A category chosen by the agent: classification is shown but this wins.
    QString chosenCategory;
};

struct CategoryChoice
{
    QString id;
    QString path;   // "Internet › Panne › Box sans synchro", in the agent's locale
    double probability = 0;
};

// Everything the side panel shows for one ticket.
struct AssistResult
{
    Prediction prediction;
    std::optional<CategoryChoice> category;  // the answer (classifier's or the agent's), none when unsure
    QList<CategoryChoice> alternatives;      // the next most likely categories
    QList<CategoryChoice> guesses;           // the classifier's best guesses (prediction.top) with their paths
    bool chosenByAgent = false;
    SuggestionList suggestions;               // ranked, with reasons
    std::optional<Item> procedure;            // the best procedure, complete
    QList<QList<Item>> replies;               // the best replies, each with all its locale variants
    QList<Item> articles;
    double milliseconds = 0;
};

// Classifies a ticket and gathers what the side panel shows, on the store's thread (the StoreExecutor's). Loads
// the saved classifier, or trains one from the store when there is none or the content changed, and records the
// agent's corrections as training examples.
class TicketAssistant final
{
public:
    explicit TicketAssistant(Store &store);
    ~TicketAssistant();
    Q_DISABLE_COPY_MOVE(TicketAssistant)

    // Loads the saved model, or trains and saves one on the calling thread (the CLI). Returns whether a model is
    // ready.
    Result<bool> prepare();
    bool ready() const { return m_classifier.has_value(); }

    // The desktop's way, which never holds the store's thread while LIBLINEAR works: load() reads the categories
    // and the saved model; when needsTraining(), trainingJob() gathers the examples (store thread), the caller
    // trains them on a worker thread (ClassifierRepository::trainAsync) and hands the result to adopt() (store
    // thread), which saves it and starts using it.
    Result<void> load();
    bool needsTraining() const { return m_stale || !m_classifier; }
    struct TrainingJob
    {
        StoreTrainingSet set;
        ClassifierOptions options;
    };
    // Nothing when there is nothing to learn from (no categories).
    Result<std::optional<TrainingJob>> trainingJob();
    // Corrections recorded after trainingJob() read its examples keep the model stale, so another run follows.
    Result<void> adopt(const TrainingJob &job, Classifier classifier);
    // The desktop's long-work way (ClassifierService): the examples are read, the model trained and saved on another
    // connection. beginTraining() marks the start (corrections after it keep the model stale) and says whether there
    // is anything to learn; useClassifier() starts using the saved model and says whether it is still stale.
    bool beginTraining();
    Result<bool> useClassifier(Classifier classifier);

    Result<AssistResult> assist(const TicketInput &input);
    // The agent confirmed or corrected the category of this ticket text: it becomes a training example (source
    // 'correction'), and the model is retrained on the next prepare().
    Result<void> recordCorrection(const QString &text, const QString &categoryId, const QString &locale);
    // Every category with its path in `locale`, for the picker.
    QList<CategoryChoice> categories(const QString &locale) const;

private:
    QString pathOf(const QString &categoryId, const QString &locale) const;
    Result<void> loadCategories();

    Store &m_store;
    std::optional<Classifier> m_classifier;
    bool m_stale = false;
    int m_changesSinceJob = 0;  // corrections recorded since the last trainingJob()
    std::unique_ptr<Suggester> m_suggester;
    QList<Category> m_categories;
    QString m_defaultLocale;
};

} // namespace souffleur
