// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/OutboxRepository.h"

#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "sync/SyncState.h"

#include <QJsonDocument>
#include <QCoreApplication>
#include <QSqlError>

namespace souffleur::sync {

namespace {

// Runs `body` in one transaction and ends it either way before returning (a failed COMMIT is rolled back too).
template <typename T, typename F>
Result<T> inTransaction(Store &store, const QString &what, F body)
{
    QSqlDatabase db = store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return sql::toError(what, db.lastError());
    Result<T> result = body(db);
    if (!result)
        return result;  // rolled back by tx
    if (!tx.commit()) {
        const Error e = sql::toError(what, db.lastError());
        db.rollback();
        return e;
    }
    return result;
}

} // namespace

Result<QList<PendingRecord>> OutboxRepository::pending(qint64 afterSeq, int limit) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT seq, uuid, type, payload, created_at FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
                       {afterSeq, limit});
    if (!q)
        return q.error();
    QList<PendingRecord> out;
    while (q->next()) {
        const QByteArray payloadText = q->value(3).toString().toUtf8();
        const QJsonDocument payload = QJsonDocument::fromJson(payloadText);
        // A row whose payload is not a JSON object still goes up, as a string: the hub's receipt then says why it
        // is refused, instead of the record waiting silently forever.
        out.append({q->value(0).toLongLong(),
                    {q->value(1).toString(), q->value(2).toString(),
                     payload.isObject() ? QJsonValue(payload.object()) : QJsonValue(QString::fromUtf8(payloadText)),
                     q->value(4).toString(), {}}});
    }
    return out;
}

Result<int> OutboxRepository::count() const
{
    return pendingOutbox(m_store);
}

Result<void> OutboxRepository::acknowledge(const QStringList &uuids)
{
    auto done = inTransaction<bool>(m_store, QCoreApplication::translate("souffleur::sync::SyncEngine", "Could not record the receipts"), [&](const QSqlDatabase &db) -> Result<bool> {
        for (const QString &uuid : uuids)
            if (auto d = sql::exec(db, QStringLiteral("DELETE FROM outbox WHERE uuid = ?"), {uuid}); !d)
                return d.error();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

Result<QStringList> OutboxRepository::awaitingOutcome(int limit) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT uuid FROM my_feedback WHERE kind = 'suggestion' AND outcome = '' "
                                      "AND uuid NOT IN (SELECT uuid FROM outbox) ORDER BY created_at LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QStringList uuids;
    while (q->next())
        uuids.append(q->value(0).toString());
    return uuids;
}

Result<int> OutboxRepository::recordOutcomes(const QList<wire::Outcome> &outcomes, const QString &now)
{
    return inTransaction<int>(m_store, QCoreApplication::translate("souffleur::sync::SyncEngine", "Could not record the review outcomes"), [&](const QSqlDatabase &db) -> Result<int> {
        int changed = 0;
        for (const wire::Outcome &o : outcomes) {
            if (!o.decided())
                continue;
            auto u = sql::exec(db, QStringLiteral("UPDATE my_feedback SET outcome = ?, outcome_note = ?, outcome_at = ? "
                                                  "WHERE uuid = ? AND kind = 'suggestion'"),
                               {o.status, o.note, o.reviewedAt.isEmpty() ? now : o.reviewedAt, o.uuid});
            if (!u)
                return u.error();
            changed += u->numRowsAffected() > 0 ? 1 : 0;
        }
        return changed;
    });
}

} // namespace souffleur::sync
