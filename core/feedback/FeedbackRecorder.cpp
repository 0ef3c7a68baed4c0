// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackRecorder.h"

#include "content/ContentJson.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QUuid>

namespace souffleur {

QString flagReasonToString(FlagReason reason)
{
    switch (reason) {
    case FlagReason::Outdated: return QStringLiteral("outdated");
    case FlagReason::Wrong: return QStringLiteral("wrong");
    case FlagReason::Unclear: return QStringLiteral("unclear");
    }
    return {};
}

bool flagReasonFromString(const QString &text, FlagReason *reason)
{
    for (FlagReason r : {FlagReason::Outdated, FlagReason::Wrong, FlagReason::Unclear})
        if (text == flagReasonToString(r)) {
            *reason = r;
            return true;
        }
    return false;
}

QStringList FeedbackRecorder::changedFields(const ItemContent &base, const ItemContent &proposed)
{
    QStringList out;
    const auto check = [&out](const char *name, const QString &a, const QString &b) {
        if (a != b)
            out.append(QLatin1String(name));
    };
    check("title", base.title, proposed.title);
    check("summary", base.summary, proposed.summary);
    check("subject", base.subject, proposed.subject);
    check("body", base.body, proposed.body);
    check("tone", base.tone, proposed.tone);
    if (base.steps != proposed.steps)
        out.append(QStringLiteral("steps"));
    return out;
}

QJsonObject FeedbackRecorder::suggestionPayload(const Item &base, const ItemContent &proposed, const QString &reason,
                                                const QString &author)
{
    // The whole proposed content (in the bundle's field names), not a patch: the reviewer compares base, current
    // and proposed side by side, and a patch against a base the hub has moved past would be ambiguous.
    QJsonObject proposedJson;
    json::writeContent(proposedJson, base.kind, proposed);
    QJsonObject payload{{QStringLiteral("item_id"), base.id},
                        {QStringLiteral("item_kind"), kindToString(base.kind)},
                        {QStringLiteral("base_version"), base.version},
                        {QStringLiteral("locale"), base.locale},
                        {QStringLiteral("translation_group"), base.translationGroup},
                        {QStringLiteral("proposed"), proposedJson},
                        {QStringLiteral("changed_fields"), json::fromStrings(changedFields(base.content, proposed))},
                        {QStringLiteral("reason"), reason.trimmed()}};
    if (!author.isEmpty())
        payload.insert(QStringLiteral("author"), author);
    return payload;
}

Result<RecordedFeedback> FeedbackRecorder::suggestEdit(const Item &base, const ItemContent &proposed, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(QObject::tr("Say why you suggest this edit: the reviewer needs the reason."));
    if (changedFields(base.content, proposed).isEmpty())
        return makeError(QObject::tr("The suggested text is the same as the current one: nothing to send."));
    if (proposed.title.trimmed().isEmpty())
        return makeError(QObject::tr("The title cannot be empty."));
    return record(QStringLiteral("suggestion"), suggestionPayload(base, proposed, reason, m_author), base,
                  QStringLiteral("suggestion"), reason.trimmed());
}

Result<RecordedFeedback> FeedbackRecorder::flag(const Item &item, FlagReason reason, const QString &comment)
{
    QJsonObject payload{{QStringLiteral("kind"), QStringLiteral("flag")},
                        {QStringLiteral("item_id"), item.id},
                        {QStringLiteral("version"), item.version},
                        {QStringLiteral("locale"), item.locale},
                        {QStringLiteral("reason"), flagReasonToString(reason)}};
    if (!comment.trimmed().isEmpty())
        payload.insert(QStringLiteral("comment"), comment.trimmed());
    if (!m_author.isEmpty())
        payload.insert(QStringLiteral("author"), m_author);
    return record(QStringLiteral("feedback"), payload, item, QStringLiteral("flag"), flagReasonToString(reason));
}

Result<RecordedFeedback> FeedbackRecorder::rateHelpful(const Item &item, bool helpful)
{
    QJsonObject payload{{QStringLiteral("kind"), QStringLiteral("helpful")},
                        {QStringLiteral("item_id"), item.id},
                        {QStringLiteral("version"), item.version},
                        {QStringLiteral("locale"), item.locale},
                        {QStringLiteral("helpful"), helpful}};
    if (!m_author.isEmpty())
        payload.insert(QStringLiteral("author"), m_author);
    return record(QStringLiteral("feedback"), payload, item, QStringLiteral("helpful"),
                  helpful ? QStringLiteral("yes") : QStringLiteral("no"));
}

Result<RecordedFeedback> FeedbackRecorder::record(const QString &type, const QJsonObject &payload, const Item &item,
                                                  const QString &kind, const QString &detail)
{
    const QSqlDatabase db = m_store.database();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Milliseconds, so that two votes in the same second still order.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    if (!tx.isActive())
        return sql::toError(QObject::tr("Could not record your feedback"), db.lastError());
    auto o = sql::exec(db, QStringLiteral("INSERT INTO outbox (uuid, type, payload, created_at) VALUES (?, ?, ?, ?)"),
                       {uuid, type, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now});
    if (!o)
        return o.error();
    auto m = sql::exec(db, QStringLiteral("INSERT INTO my_feedback (uuid, item_id, kind, base_version, detail, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                       {uuid, item.id, kind, item.version, detail, now});
    if (!m)
        return m.error();
    if (!tx.commit())
        return sql::toError(QObject::tr("Could not record your feedback"), db.lastError());
    auto pending = pendingCount();
    if (!pending)
        return pending.error();
    return RecordedFeedback{uuid, *pending};
}

Result<ItemFeedbackState> FeedbackRecorder::state(const QString &itemId, int currentVersion) const
{
    // Only what was said about the version the agent sees counts: a new version ends a suggestion's wait (a lead
    // published) and deserves fresh votes. A suggestion's outcome, once the hub told it, also shows on the next
    // version, which is where an accepted edit lands.
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT kind, detail, created_at, base_version, outcome, outcome_note FROM my_feedback "
                                      "WHERE item_id = ? AND (base_version >= ? OR (kind = 'suggestion' AND outcome <> '' "
                                      "AND base_version + 1 >= ?)) ORDER BY created_at, rowid"),
                       {itemId, currentVersion, currentVersion});
    if (!q)
        return q.error();
    ItemFeedbackState s;
    while (q->next()) {
        const QString kind = q->value(0).toString();
        const QString detail = q->value(1).toString();
        if (kind == u"suggestion") {
            s.suggestionOutcome = q->value(4).toString();
            s.outcomeNote = q->value(5).toString();
            s.suggestionPending = s.suggestionOutcome.isEmpty() && q->value(3).toInt() >= currentVersion;
            s.suggestedAt = q->value(2).toString();
        } else if (kind == u"flag") {
            FlagReason r;
            if (flagReasonFromString(detail, &r))
                s.flag = r;
        } else if (kind == u"helpful") {
            s.helpful = detail == u"yes";
        }
    }
    q->finish();
    return s;
}

Result<int> FeedbackRecorder::pendingCount() const
{
    auto count = sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM outbox"));
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace souffleur
