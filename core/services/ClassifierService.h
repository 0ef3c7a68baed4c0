// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "suggest/TicketAssistant.h"

#include <QFuture>
#include <QObject>

#include <memory>

class QTimer;

namespace souffleur {

class LongWork;
class StoreExecutor;

// The side panel's classifier: loads the saved model, classifies tickets and gathers what the panel shows
// (StoreExecutor thread, one call per keystroke), records the agent's corrections, and retrains the model.
//
// Training is long work: it reads the examples, trains and saves the model on the LongWork thread with a
// connection of its own, so classification keeps answering meanwhile; the new model is then adopted on the store's
// thread. Corrections come in bursts (a chip, then the picker): a retraining starts a little after the last one. A
// training can be canceled (cancelTraining()); the current model then stays.
class ClassifierService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifierService)
public:
    ClassifierService(StoreExecutor &executor, LongWork &longWork, QObject *parent = nullptr);
    ~ClassifierService() override;

    // Loads the classifier from the store (again, after the knowledge changed), then trains it when it is stale.
    // Answers by loaded() or unavailable().
    void start();
    // Whether a model classifies (a stale one still does while the new one learns).
    bool isReady() const { return m_ready; }
    bool isLoaded() const { return m_assistant != nullptr; }
    // From the start of a training until its model is adopted (or it failed or was canceled).
    bool isTraining() const { return m_busy; }
    // Trainings finished since the first start() (the first one, then one per batch of corrections).
    int trainingsDone() const { return m_trainingsDone; }
    // The training running now (canceled, finished or empty otherwise).
    QFuture<void> training() const { return QFuture<void>(m_training); }

    // Only once loaded.
    QFuture<Result<AssistResult>> assist(const TicketInput &input);
    // A category the agent picked or confirmed: recorded as a training example, and a retraining follows. The
    // future resolves on this object's thread, after the retraining was scheduled.
    QFuture<Result<void>> recordCorrection(const QString &text, const QString &categoryId, const QString &locale);
    QFuture<QList<CategoryChoice>> categories(const QString &locale);

    // Trains now, or as soon as the running training ends.
    void retrain();
    void cancelTraining();
    // How long after a correction the retraining starts (default 3 s).
    void setRetrainDelay(int milliseconds);

signals:
    // The classifier was read from the store: `ready` when a model classifies already.
    void loaded(bool ready);
    void unavailable(const souffleur::Error &error);
    // A training started (its progress and cancel through `training`).
    void trainingStarted(const QFuture<void> &training);
    // A new model classifies.
    void trained();
    void trainingFailed(const souffleur::Error &error);
    // There are no categories to learn.
    void nothingToLearn();

private:
    void adopt(const std::shared_ptr<TicketAssistant> &assistant, const Classifier &classifier);

    StoreExecutor &m_executor;
    LongWork &m_longWork;
    std::shared_ptr<TicketAssistant> m_assistant;  // used only on the store's thread
    QFuture<Result<Classifier>> m_training;
    bool m_ready = false;
    bool m_busy = false;
    bool m_retrainRequested = false;
    int m_trainingsDone = 0;
    QTimer *m_retrainTimer;
};

} // namespace souffleur
