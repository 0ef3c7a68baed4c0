// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassifierService.h"

#include "classify/ClassifierRepository.h"
#include "common/Logging.h"
#include "services/LongWork.h"
#include "store/StoreExecutor.h"

#include <QTimer>

namespace souffleur {

namespace {

// Reads the examples, trains and saves on the long-work connection; progress 0..3, a cancel checked between steps
// (LIBLINEAR itself cannot be interrupted).
void trainAndSave(QPromise<Result<Classifier>> &promise, Store &store)
{
    using R = Result<Classifier>;
    promise.setProgressRange(0, 3);
    promise.setProgressValue(0);
    ClassifierRepository repo(store);
    auto set = repo.trainingSet();
    if (!set) {
        promise.addResult(R(set.error()));
        return;
    }
    promise.setProgressValue(1);
    if (promise.isCanceled())
        return;
    ClassifierOptions options;
    options.parents = set->parents;
    auto classifier = Classifier::train(set->examples, options);
    if (!classifier) {
        promise.addResult(R(classifier.error()));
        return;
    }
    promise.setProgressValue(2);
    if (promise.isCanceled())
        return;
    if (auto r = repo.save(*classifier, ClassifierRepository::summaryOf(*set, *classifier)); !r) {
        promise.addResult(R(r.error()));
        return;
    }
    promise.setProgressValue(3);
    promise.addResult(R(std::move(*classifier)));
}

} // namespace

ClassifierService::ClassifierService(StoreExecutor &executor, LongWork &longWork, QObject *parent)
    : QObject(parent), m_executor(executor), m_longWork(longWork), m_retrainTimer(new QTimer(this))
{
    // Corrections come in bursts (a chip, then the picker): learn from them together, a little after the last.
    m_retrainTimer->setSingleShot(true);
    m_retrainTimer->setInterval(3000);
    connect(m_retrainTimer, &QTimer::timeout, this, &ClassifierService::retrain);
}

ClassifierService::~ClassifierService()
{
    cancelTraining();
}

void ClassifierService::setRetrainDelay(int milliseconds)
{
    m_retrainTimer->setInterval(milliseconds);
}

void ClassifierService::start()
{
    struct Loaded
    {
        std::shared_ptr<TicketAssistant> assistant;
        bool ready = false;
        bool needsTraining = false;
    };
    m_executor.run([](Store &store) -> Result<Loaded> {
        auto assistant = std::make_shared<TicketAssistant>(store);
        if (auto r = assistant->load(); !r)
            return r.error();
        return Loaded{assistant, assistant->ready(), assistant->needsTraining()};
    }).then(this, [this](const Result<Loaded> &r) {
        if (!r) {
            emit unavailable(r.error());
            return;
        }
        m_assistant = r->assistant;
        m_ready = m_ready || r->ready;
        emit loaded(r->ready);
        if (r->needsTraining)
            retrain();
    });
}

QFuture<Result<AssistResult>> ClassifierService::assist(const TicketInput &input)
{
    auto assistant = m_assistant;
    Q_ASSERT(assistant);
    return m_executor.run([assistant, input](Store &) { return assistant->assist(input); });
}

QFuture<Result<void>> ClassifierService::recordCorrection(const QString &text, const QString &categoryId, const QString &locale)
{
    auto assistant = m_assistant;
    Q_ASSERT(assistant);
    // A QFuture takes one continuation: the retraining is chained here, and the caller continues from the chain.
    return m_executor
        .run([assistant, text, categoryId, locale](Store &) { return assistant->recordCorrection(text, categoryId, locale); })
        .then(this, [this](const Result<void> &r) {
            if (r)
                m_retrainTimer->start();
            return r;
        });
}

QFuture<QList<CategoryChoice>> ClassifierService::categories(const QString &locale)
{
    auto assistant = m_assistant;
    Q_ASSERT(assistant);
    return m_executor.run([assistant, locale](Store &) { return assistant->categories(locale); });
}

void ClassifierService::retrain()
{
    if (!m_assistant)
        return;
    if (m_busy) {
        m_retrainRequested = true;
        return;
    }
    m_busy = true;
    m_retrainRequested = false;
    auto assistant = m_assistant;
    m_executor.run([assistant](Store &) { return assistant->beginTraining(); }).then(this, [this, assistant](bool anything) {
        if (!anything) {
            m_busy = false;
            emit nothingToLearn();
            return;
        }
        m_training = m_longWork.run<Result<Classifier>>(&trainAndSave);
        emit trainingStarted(QFuture<void>(m_training));
        m_training
            .then(this, [this, assistant](const Result<Classifier> &trained) {
                if (!trained) {
                    m_busy = false;
                    emit trainingFailed(trained.error());
                    return;
                }
                adopt(assistant, *trained);
            })
            .onCanceled(this, [this] {
                qCInfo(lcClassify) << "training canceled";
                m_busy = false;
            });
    });
}

void ClassifierService::adopt(const std::shared_ptr<TicketAssistant> &assistant, const Classifier &classifier)
{
    m_executor.run([assistant, classifier](Store &) { return assistant->useClassifier(classifier); })
        .then(this, [this](const Result<bool> &again) {
            m_busy = false;
            if (!again) {
                emit trainingFailed(again.error());
                return;
            }
            ++m_trainingsDone;
            m_ready = true;
            emit trained();
            if (*again || m_retrainRequested)
                m_retrainTimer->start();
        });
}

void ClassifierService::cancelTraining()
{
    m_retrainTimer->stop();
    m_retrainRequested = false;
    // Only a running training: canceling a finished future whose continuation already ran is not safe in Qt 6.4.
    if (!m_training.isFinished())
        m_training.cancel();
}

} // namespace souffleur
