// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace souffleur {

class Store;

enum class FlagReason { Outdated, Wrong, Unclear };
QString flagReasonToString(FlagReason reason);
bool flagReasonFromString(const QString &text, FlagReason *reason);

// What the agent has said about one item, from their own record (table my_feedback), so that it shows after a
// restart and after the outbox record went up to the hub.
struct ItemFeedbackState
{
    // A suggested edit written against the version the item still has: a lead has not published a new version
    // since, so it is still awaiting review.
    bool suggestionPending = false;
    QString suggestedAt;
    // A lead's decision on the agent's latest suggestion ("accepted" or "declined"), shown on the version it was
    // written against and on the next one (where an accepted edit lands); empty otherwise.
    QString suggestionOutcome;
    QString outcomeNote;
    std::optional<FlagReason> flag;       // the latest flag on this version
    std::optional<bool> helpful;          // the latest vote on this version
};

// The outcome of recording one piece of feedback.
struct RecordedFeedback
{
    QString uuid;
    int pending = 0;  // outbox records waiting to go up, this one included
};

// Records the agent's feedback on an item as outbox records for the hub (docs/sync-protocol.md, "Outbox
// payloads"): a suggested edit is a `suggestion` record, a flag or a helpful vote a `feedback` record. Each is
// written with its row of my_feedback in one transaction, so it survives a restart and works offline; the sync
// engine uploads it whenever the hub is reachable. Use on the store's thread (StoreExecutor).
class FeedbackRecorder final
{
public:
    // `author`: who the agent is, when known (the hub also knows it from the token).
    explicit FeedbackRecorder(Store &store, QString author = {}) : m_store(store), m_author(std::move(author)) {}

    // Refused when the reason is empty or nothing differs from `base`.
    Result<RecordedFeedback> suggestEdit(const Item &base, const ItemContent &proposed, const QString &reason);
    Result<RecordedFeedback> flag(const Item &item, FlagReason reason, const QString &comment);
    Result<RecordedFeedback> rateHelpful(const Item &item, bool helpful);

    // The agent's feedback on `itemId` as it stands at `currentVersion`.
    Result<ItemFeedbackState> state(const QString &itemId, int currentVersion) const;
    Result<int> pendingCount() const;

    // The payloads, as documented; public for tests and for the hub side to share the field names.
    static QJsonObject suggestionPayload(const Item &base, const ItemContent &proposed, const QString &reason,
                                         const QString &author);
    // Names of the fields of `proposed` that differ from `base` ("title", "summary", "subject", "body", "tone",
    // "steps").
    static QStringList changedFields(const ItemContent &base, const ItemContent &proposed);

private:
    Result<RecordedFeedback> record(const QString &type, const QJsonObject &payload, const Item &item,
                                    const QString &kind, const QString &detail);

    Store &m_store;
    QString m_author;
};

} // namespace souffleur
