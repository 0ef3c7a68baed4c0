// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to SqliteHubStorage (its .cpp files): transactions and small helpers over the hub's SQLite file.

#include "common/Result.h"
#include "hub/HubStorage.h"
#include "store/SqlUtil.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace souffleur::hub::sqlitehub {

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// BEGIN IMMEDIATE … COMMIT: takes SQLite's write lock before the first read, so that what a writer reads (the
// head, the current content) cannot change before it commits. Rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
    {
        m_active = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE")).ok();
    }
    ~WriteTransaction()
    {
        if (m_active)
            (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)
    bool isActive() const { return m_active; }
    Result<void> commit()
    {
        m_active = false;
        auto r = sql::exec(m_db, QStringLiteral("COMMIT"));
        if (!r) {
            (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
            return r.error();
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// A deferred read transaction, so that a page and the head it reports come from one snapshot of the database.
class ReadTransaction final
{
public:
    explicit ReadTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_active = sql::exec(m_db, QStringLiteral("BEGIN")).ok(); }
    ~ReadTransaction()
    {
        if (m_active)
            (void)sql::exec(m_db, QStringLiteral("COMMIT"));
    }
    Q_DISABLE_COPY_MOVE(ReadTransaction)
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

inline Error busy(const QSqlDatabase &db)
{
    return sql::toError(QObject::tr("The hub database is busy or unavailable"), db.lastError());
}

// Writes changes that already carry their sequence numbers: each as a log entry of publish `publishId` (unless
// `toLog` is false, for a snapshot copied by a relay) and as the entity's current content. Publishing and a relay's
// mirror both write through here, so that a relay's rows are exactly what the hub's would be.
Result<void> writeChanges(QSqlDatabase db, const QList<LogChange> &changes, qint64 publishId, bool toLog);

} // namespace souffleur::hub::sqlitehub
