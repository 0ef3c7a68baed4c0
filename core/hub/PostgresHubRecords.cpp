// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresHubStorage's users, and the outbox records desktops upload with the leads' decisions on them.
#include "hub/PostgresHubInternal.h"

#include <QObject>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace souffleur::hub {

using namespace pghub;

Result<void> PostgresHubStorage::addUser(const HubUser &user, const QByteArray &tokenHash)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    auto exists = run(QStringLiteral("SELECT count(*) FROM users WHERE name = ?"), {user.name});
    if (!exists)
        return exists.error();
    if ((*exists)->next() && (*exists)->value(0).toInt() > 0)
        return makeError(QObject::tr("A user named \"%1\" already exists.").arg(user.name));
    auto inserted = run(QStringLiteral("INSERT INTO users (name, role, token_hash, site) VALUES (?, ?, ?, ?)"),
                        {user.name, roleToString(user.role), QString::fromLatin1(tokenHash), user.site});
    if (!inserted) {
        // Another hub added the same name between our check and our insert.
        if (m_lastErrorCode == QLatin1String(kUniqueViolation))
            return makeError(QObject::tr("A user named \"%1\" already exists.").arg(user.name));
        return inserted.error();
    }
    return tx.commit();
}

Result<bool> PostgresHubStorage::revokeUser(const QString &name)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    auto q = run(QStringLiteral("UPDATE users SET revoked = true, revoked_at = now() WHERE name = ?"), {name});
    if (!q)
        return q.error();
    const bool found = (*q)->numRowsAffected() > 0;
    if (auto r = tx.commit(); !r)
        return r.error();
    return found;
}

Result<std::optional<HubUser>> PostgresHubStorage::userByTokenHash(const QByteArray &tokenHash)
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    auto q = run(QStringLiteral("SELECT name, role, revoked, site FROM users WHERE token_hash = ?"), {QString::fromLatin1(tokenHash)});
    if (!q)
        return q.error();
    std::optional<HubUser> user;
    if ((*q)->next())
        user = HubUser{(*q)->value(0).toString(), roleFromString((*q)->value(1).toString()).value_or(Role::Agent),
                       (*q)->value(2).toBool(), {}, (*q)->value(3).toString()};
    if (auto r = tx.commit(); !r)
        return r.error();
    return user;
}

Result<QList<HubUser>> PostgresHubStorage::users()
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    auto q = run(QStringLiteral("SELECT name, role, revoked, token_hash, site FROM users ORDER BY name COLLATE \"C\""));
    if (!q)
        return q.error();
    QList<HubUser> out;
    while ((*q)->next())
        out.append({(*q)->value(0).toString(), roleFromString((*q)->value(1).toString()).value_or(Role::Agent),
                    (*q)->value(2).toBool(), (*q)->value(3).toString().toLatin1(), (*q)->value(4).toString()});
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<QList<Receipt>> PostgresHubStorage::receive(const QString &user, const QList<OutboxRecord> &records)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    // ON CONFLICT DO NOTHING also settles two hubs storing the same record at once: the second waits for the
    // first to commit, then inserts nothing and answers "duplicate". Rows go in in uuid order, whatever order the
    // records came in: two hubs storing the same records in opposite orders would otherwise each wait for a row
    // the other holds (a deadlock PostgreSQL breaks by failing one upload). Receipts keep the records' order.
    const QString insert = QStringLiteral("INSERT INTO received (uuid, user_name, type, payload, created_at) "
                                          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING");
    QList<qsizetype> order(records.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&records](qsizetype a, qsizetype b) { return records.at(a).uuid < records.at(b).uuid; });
    QList<Receipt> receipts(records.size());
    for (const qsizetype i : std::as_const(order)) {
        const OutboxRecord &r = records.at(i);
        auto q = run(insert, {r.uuid, r.user.isEmpty() ? user : r.user, r.type, QString::fromUtf8(r.payload), r.createdAt});
        if (!q)
            return q.error();
        receipts[i] = {r.uuid, (*q)->numRowsAffected() > 0 ? ReceiptStatus::Accepted : ReceiptStatus::Duplicate, {}};
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return receipts;
}

Result<QList<OutboxRecord>> PostgresHubStorage::received()
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    auto q = run(QStringLiteral("SELECT uuid, type, payload, created_at, user_name FROM received "
                                "ORDER BY received_at, uuid COLLATE \"C\""));
    if (!q)
        return q.error();
    QList<OutboxRecord> out;
    while ((*q)->next())
        out.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString().toUtf8(),
                    (*q)->value(3).toString(), (*q)->value(4).toString()});
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<bool> PostgresHubStorage::review(const QString &uuid, const QString &outcome, const QString &note, const QString &reviewer)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    auto q = run(QStringLiteral("UPDATE received SET outcome = ?, outcome_note = ?, reviewed_by = ?, reviewed_at = now() "
                                "WHERE uuid = ?"), {outcome, note, reviewer, uuid});
    if (!q)
        return q.error();
    const bool found = (*q)->numRowsAffected() > 0;
    if (auto r = tx.commit(); !r)
        return r.error();
    return found;
}

Result<QList<RecordOutcome>> PostgresHubStorage::outcomes(const QStringList &uuids, const QString &user)
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    QList<RecordOutcome> out;
    for (const QString &uuid : uuids) {
        auto q = run(QStringLiteral("SELECT user_name, outcome, outcome_note, "
                                    "coalesce(to_char(reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '') "
                                    "FROM received WHERE uuid = ?"), {uuid});
        if (!q)
            return q.error();
        RecordOutcome o{uuid, QStringLiteral("unknown"), {}, {}};
        if ((*q)->next() && (user.isEmpty() || (*q)->value(0).toString() == user)) {
            const QString outcome = (*q)->value(1).toString();
            o.status = outcome.isEmpty() ? QStringLiteral("received") : outcome;
            o.note = (*q)->value(2).toString();
            o.reviewedAt = (*q)->value(3).toString();
        }
        out.append(o);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

} // namespace souffleur::hub
