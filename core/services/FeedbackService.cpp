// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FeedbackService.h"

#include "store/StoreExecutor.h"

#include <atomic>

namespace souffleur {

namespace {

// Numbers the state reads in the order the store's thread runs them.
std::atomic<quint64> g_readSequence{0};

} // namespace

FeedbackService::FeedbackService(StoreExecutor &executor, QObject *parent) : QObject(parent), m_executor(executor) {}

QFuture<Result<ItemOpened>> FeedbackService::itemOpened(const Item &item)
{
    return m_executor.run([item](Store &store) -> Result<ItemOpened> {
        auto change = ItemChangeTracker(store).open(item);
        if (!change)
            return change.error();
        auto feedback = FeedbackRecorder(store).state(item.id, item.version);
        if (!feedback)
            return feedback.error();
        return ItemOpened{*change, {*feedback, ++g_readSequence}};
    });
}

QFuture<Result<FeedbackRead>> FeedbackService::state(const QString &itemId, int version)
{
    return m_executor.run([itemId, version](Store &store) -> Result<FeedbackRead> {
        auto feedback = FeedbackRecorder(store).state(itemId, version);
        if (!feedback)
            return feedback.error();
        return FeedbackRead{*feedback, ++g_readSequence};
    });
}

QFuture<Result<RecordedFeedback>> FeedbackService::suggestEdit(const Item &base, const ItemContent &proposed,
                                                               const QString &reason, const QString &author)
{
    return m_executor.run([base, proposed, reason, author](Store &store) {
        return FeedbackRecorder(store, author).suggestEdit(base, proposed, reason);
    });
}

QFuture<Result<RecordedFeedback>> FeedbackService::flag(const Item &item, FlagReason reason, const QString &comment,
                                                        const QString &author)
{
    return m_executor.run([item, reason, comment, author](Store &store) {
        return FeedbackRecorder(store, author).flag(item, reason, comment);
    });
}

QFuture<Result<RecordedFeedback>> FeedbackService::rateHelpful(const Item &item, bool helpful, const QString &author)
{
    return m_executor.run([item, helpful, author](Store &store) { return FeedbackRecorder(store, author).rateHelpful(item, helpful); });
}

} // namespace souffleur
