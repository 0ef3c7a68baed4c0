// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "feedback/FeedbackRecorder.h"
#include "feedback/ItemChangeTracker.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace souffleur {

class StoreExecutor;

// What the agent said about an item, numbered in the order the store's thread read it, so that a view keeps the
// newest of several reads.
struct FeedbackRead
{
    ItemFeedbackState state;
    quint64 sequence = 0;
};

// An item was opened: what changed since the agent last opened it, and what they said about it.
struct ItemOpened
{
    std::optional<ItemChange> change;
    FeedbackRead feedback;
};

// The agent's feedback on the knowledge: records views, suggested edits, flags and helpful votes in the store (and
// so in the outbox for the hub), and reads them back. Runs on the StoreExecutor's thread; answers with QFutures.
class FeedbackService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackService)
public:
    explicit FeedbackService(StoreExecutor &executor, QObject *parent = nullptr);

    // Records that the agent opened `item`.
    QFuture<Result<ItemOpened>> itemOpened(const Item &item);
    QFuture<Result<FeedbackRead>> state(const QString &itemId, int version);
    // `author` is who the agent is, for the payloads.
    QFuture<Result<RecordedFeedback>> suggestEdit(const Item &base, const ItemContent &proposed, const QString &reason,
                                                  const QString &author);
    QFuture<Result<RecordedFeedback>> flag(const Item &item, FlagReason reason, const QString &comment, const QString &author);
    QFuture<Result<RecordedFeedback>> rateHelpful(const Item &item, bool helpful, const QString &author);

private:
    StoreExecutor &m_executor;
};

} // namespace souffleur
