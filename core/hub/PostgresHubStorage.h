// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/HubStorage.h"
#include "hub/PostgresUrl.h"

#include <QSqlDatabase>

#include <atomic>
#include <map>

class QSqlQuery;

namespace souffleur::hub {

// The hub's storage in a PostgreSQL database (Qt's QPSQL driver), for deployments that run several stateless
// hub processes over one database (docs/hub-postgresql.md). Same tables and behaviour as SqliteHubStorage.
//
// Sequence numbers: every writer of the log (publish, compact) first takes one transaction-level advisory lock,
// then reads the head and numbers its changes from it, and commits log, content and head together, releasing
// the lock only once committed. Publishes therefore commit in sequence order, one after the other, and every
// snapshot a reader takes holds exactly the changes 1..head: a reader can never see seq 11 while seq 10 is still
// uncommitted. Readers use one REPEATABLE READ transaction per call, so a page and the head it reports agree.
//
// A lost connection (server restart, fail-over) is reopened at the start of the next call. One object is one
// connection and must be used from the thread that opened it.
class PostgresHubStorage final : public HubStorage
{
public:
    // Connects to the database the URL names and checks (or, with `create`, creates) the hub's tables, hub id
    // and epoch. The database itself must exist (createdb).
    static Result<std::unique_ptr<PostgresHubStorage>> open(const QString &url, bool create);
    ~PostgresHubStorage() override;
    Q_DISABLE_COPY_MOVE(PostgresHubStorage)

    // The URL without its password.
    QString location() const { return m_url.redacted(); }
    // Statements this connection has finished (or failed), for GuardedHubStorage to tell a slow call from a stall;
    // read from any thread.
    quint64 statementsDone() const { return m_statementsDone.load(std::memory_order_relaxed); }
    // The schema version this build writes; a database with a newer one is refused.
    static constexpr int kSchemaVersion = 103;
    // The server-side limit on one statement unless the URL's `options` sets statement_timeout.
    static constexpr int kStatementTimeoutSeconds = 30;

    Result<HubInfo> info() override;
    Result<void> addUser(const HubUser &user, const QByteArray &tokenHash) override;
    Result<bool> revokeUser(const QString &name) override;
    Result<std::optional<HubUser>> userByTokenHash(const QByteArray &tokenHash) override;
    Result<QList<HubUser>> users() override;
    Result<ChangePage> changes(qint64 since, int limit) override;
    Result<Snapshot> snapshot() override;
    Result<SnapshotPage> snapshotPage(const QString &afterEntity, const QString &afterId, int limit) override;
    Result<PublishResult> publish(const PublishPlanner &planner, const QString &user) override;
    Result<QList<Receipt>> receive(const QString &user, const QList<OutboxRecord> &records) override;
    Result<QList<OutboxRecord>> received() override;
    Result<bool> review(const QString &uuid, const QString &outcome, const QString &note, const QString &reviewer) override;
    Result<QList<RecordOutcome>> outcomes(const QStringList &uuids, const QString &user) override;
    Result<qint64> compact(qint64 keep) override;
    Result<QString> newEpoch() override;

private:
    enum class Mode { Read, Write, LogWrite };

    explicit PostgresHubStorage(PostgresUrl url);
    QSqlDatabase db() const;
    Result<void> connect();
    Result<void> prepareSchema(bool create);
    Result<void> begin(Mode mode);
    Result<void> commit();
    void rollback();
    Result<void> execute(const QString &statement);
    Result<QSqlQuery *> run(const QString &statement, const QVariantList &values = {});
    // INSERT `head` (?, …), (?, …) `tail` for every row (all rows have the same columns).
    Result<void> insertRows(const QString &head, const QList<QVariantList> &rows, const QString &tail);
    Result<HubInfo> readInfo();
    Error failure(const QString &what, const QSqlError &error) const;

    // Begins on construction, rolls back unless committed.
    class Transaction;

    PostgresUrl m_url;
    QString m_connection;
    // Prepared statements of this connection, by their SQL text; dropped when the connection is reopened.
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_lastErrorCode;  // SQLSTATE of the last failed run()
    std::atomic<quint64> m_statementsDone{0};
};

} // namespace souffleur::hub
