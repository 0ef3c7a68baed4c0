// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresHubStorage's connection, statements and transactions, and the log: reading it, publishing to it,
// compacting it. Tables: PostgresHubSchema.cpp; users and received records: PostgresHubRecords.cpp.
#include "hub/PostgresHubStorage.h"

#include "hub/PostgresHubInternal.h"

#include <QAtomicInt>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace souffleur::hub {

using namespace pghub;

namespace {

// A null QString would bind as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(u""_qs));
    return v;
}

QAtomicInt connectionCounter;

// snapshotRank() in SQL: the snapshot's order is this, then ids in byte order whatever the database's collation.
const QString kSnapshotRank = QStringLiteral("CASE entity WHEN 'kb' THEN 0 WHEN 'category' THEN 1 WHEN 'item' THEN 2 ELSE 3 END");

// A row of `SELECT seq, entity, id, version, payload FROM content` as a snapshot entity.
LogChange snapshotEntity(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), false,
            q.value(4).toString().toUtf8()};
}

} // namespace

PostgresHubStorage::PostgresHubStorage(PostgresUrl url)
    : m_url(std::move(url)), m_connection(QStringLiteral("souffleur-hub-pg-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

PostgresHubStorage::~PostgresHubStorage()
{
    m_prepared.clear();
    {
        QSqlDatabase d = db();
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase PostgresHubStorage::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error PostgresHubStorage::failure(const QString &what, const QSqlError &error) const
{
    // The server's own words (e.g. `database "x" does not exist`) say more than the driver's "Unable to connect".
    const QString detail = error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    return makeError(QObject::tr("%1 (%2): %3").arg(what, m_url.redacted(), detail));
}

Result<std::unique_ptr<PostgresHubStorage>> PostgresHubStorage::open(const QString &url, bool create)
{
    auto parsed = PostgresUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(QObject::tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the package "
                                     "libqt6sql6-psql."));
    std::unique_ptr<PostgresHubStorage> storage(new PostgresHubStorage(*parsed));
    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), storage->m_connection);
    if (auto r = storage->connect(); !r)
        return r.error();
    if (auto r = storage->prepareSchema(create); !r)
        return r.error();
    return storage;
}

Result<void> PostgresHubStorage::connect()
{
    m_prepared.clear();
    QSqlDatabase d = db();
    d.close();
    d.setHostName(m_url.host);
    d.setPort(m_url.port);
    d.setDatabaseName(m_url.database);
    d.setUserName(m_url.user);
    d.setPassword(m_url.password);
    // What a hub needs when the URL says nothing about it: its name in pg_stat_activity, a bounded connection
    // attempt, and TCP keepalives, so that a server or a network gone silent is noticed within about a minute
    // instead of waited on for ever (libpq ignores keepalives over a Unix socket).
    static constexpr std::pair<const char *, const char *> kDefaults[] = {
        {"application_name", "souffleur-hub"}, {"connect_timeout", "10"}, {"keepalives", "1"},
        {"keepalives_idle", "30"}, {"keepalives_interval", "10"}, {"keepalives_count", "3"}};
    PostgresUrl url = m_url;
    for (const auto &[key, value] : kDefaults) {
        if (url.option(QLatin1String(key)).isNull())
            url.options.append({QLatin1String(key), QLatin1String(value)});
    }
    d.setConnectOptions(url.connectOptions());
    if (!d.open())
        return failure(QObject::tr("Cannot connect to the hub database"), d.lastError());
    // No statement may run for ever (a lock held by a stuck session, a runaway query): the server cancels it and
    // the request is answered 503. A statement_timeout in the URL's `options` wins.
    if (!m_url.option(QStringLiteral("options")).contains(QLatin1String("statement_timeout"))) {
        if (auto r = execute(QStringLiteral("SET statement_timeout = '%1s'").arg(kStatementTimeoutSeconds)); !r)
            return r;
    }
    return execute(QStringLiteral("SET client_min_messages TO warning"));
}

Result<void> PostgresHubStorage::execute(const QString &statement)
{
    QSqlQuery q(db());
    const bool ok = q.exec(statement);
    m_statementsDone.fetch_add(1, std::memory_order_relaxed);
    if (!ok)
        return failure(QObject::tr("Could not run \"%1\"").arg(statement.simplified().left(80)), q.lastError());
    return {};
}

Result<QSqlQuery *> PostgresHubStorage::run(const QString &statement, const QVariantList &values)
{
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(db());
        if (!q->prepare(statement))
            return failure(QObject::tr("Could not prepare \"%1\"").arg(statement.simplified().left(80)), q->lastError());
        it = m_prepared.emplace(statement, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), bindable(values.at(i)));
    m_lastErrorCode.clear();
    const bool ok = q->exec();
    m_statementsDone.fetch_add(1, std::memory_order_relaxed);
    if (!ok) {
        m_lastErrorCode = q->lastError().nativeErrorCode();
        return failure(QObject::tr("Could not run \"%1\"").arg(statement.simplified().left(80)), q->lastError());
    }
    return q;
}

Result<void> PostgresHubStorage::begin(Mode mode)
{
    const QString statement = mode == Mode::Read ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                 : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    auto begun = execute(statement);
    if (!begun) {
        // The connection may have been lost since the last call (server restart, fail-over): reopen it once.
        if (auto r = connect(); !r)
            return r.error();
        begun = execute(statement);
        if (!begun)
            return begun.error();
    }
    if (mode == Mode::LogWrite) {
        // Held until COMMIT or ROLLBACK. Statements after this one see every publish committed before it (READ
        // COMMITTED takes a new snapshot per statement), so the head read next is the true head.
        if (auto r = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kLogLock}); !r) {
            rollback();
            return r.error();
        }
    }
    return {};
}

Result<void> PostgresHubStorage::commit()
{
    if (auto r = execute(QStringLiteral("COMMIT")); !r) {
        rollback();
        return r.error();
    }
    return {};
}

void PostgresHubStorage::rollback()
{
    QSqlQuery q(db());
    (void)q.exec(QStringLiteral("ROLLBACK"));
}

Result<void> PostgresHubStorage::insertRows(const QString &head, const QList<QVariantList> &rows, const QString &tail)
{
    // Batches of 128, 64, … 1 rows, so that only a few statement texts (each prepared once) ever exist.
    constexpr qsizetype kMaxBatch = 128;
    qsizetype done = 0;
    while (done < rows.size()) {
        qsizetype batch = kMaxBatch;
        while (batch > rows.size() - done)
            batch /= 2;
        const qsizetype columns = rows.at(done).size();
        const QString tuple = u'(' + QStringList(columns, QStringLiteral("?")).join(u", ") + u')';
        QVariantList values;
        values.reserve(batch * columns);
        for (qsizetype i = done; i < done + batch; ++i)
            values += rows.at(i);
        if (auto r = run(head + QStringList(batch, tuple).join(u", ") + tail, values); !r)
            return r.error();
        done += batch;
    }
    return {};
}

Result<HubInfo> PostgresHubStorage::readInfo()
{
    auto q = run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('hub_id', 'epoch', 'head', 'floor')"));
    if (!q)
        return q.error();
    HubInfo info;
    while ((*q)->next()) {
        const QString k = (*q)->value(0).toString();
        const QString v = (*q)->value(1).toString();
        if (k == u"hub_id")
            info.hubId = v;
        else if (k == u"epoch")
            info.epoch = v;
        else if (k == u"head")
            info.head = v.toLongLong();
        else
            info.floor = v.toLongLong();
    }
    return info;
}

Result<HubInfo> PostgresHubStorage::info()
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    auto info = readInfo();
    if (!info)
        return info.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return info;
}

Result<ChangePage> PostgresHubStorage::changes(qint64 since, int limit)
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    ChangePage page;
    auto info = readInfo();
    if (!info)
        return info.error();
    page.info = *info;
    if (since < page.info.head) {
        auto q = run(QStringLiteral("SELECT seq, entity, id, version, op, payload FROM changes WHERE seq > ? "
                                    "ORDER BY seq LIMIT ?"), {since, limit});
        if (!q)
            return q.error();
        while ((*q)->next())
            page.changes.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                                 (*q)->value(3).toLongLong(), (*q)->value(4).toString() == u"tombstone",
                                 (*q)->value(5).toString().toUtf8()});
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return page;
}

Result<Snapshot> PostgresHubStorage::snapshot()
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    Snapshot snap;
    auto info = readInfo();
    if (!info)
        return info.error();
    snap.info = *info;
    // Same order as SQLite's (byte order of ids, whatever the database's collation).
    auto q = run(QStringLiteral("SELECT seq, entity, id, version, payload FROM content WHERE NOT deleted "
                                "ORDER BY %1, id COLLATE \"C\"").arg(kSnapshotRank));
    if (!q)
        return q.error();
    while ((*q)->next())
        snap.entities.append(snapshotEntity(**q));
    if (auto r = tx.commit(); !r)
        return r.error();
    return snap;
}

Result<SnapshotPage> PostgresHubStorage::snapshotPage(const QString &afterEntity, const QString &afterId, int limit)
{
    Transaction tx(*this, Mode::Read);
    if (!tx.begun())
        return tx.begun().error();
    SnapshotPage page;
    auto info = readInfo();
    if (!info)
        return info.error();
    page.info = *info;
    // One keyset query per page, in snapshot()'s order: only the page's rows are read and sent, where slicing the
    // whole snapshot read every entity for every page. One row more than asked says whether more follow.
    auto q = run(QStringLiteral("SELECT seq, entity, id, version, payload FROM content WHERE NOT deleted "
                                "AND (%1, id COLLATE \"C\") > (?, ?) ORDER BY %1, id COLLATE \"C\" LIMIT ?").arg(kSnapshotRank),
                 {afterEntity.isEmpty() ? -1 : snapshotRank(afterEntity), afterId, limit + 1});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        if (page.entities.size() == limit) {
            page.more = true;
            break;
        }
        page.entities.append(snapshotEntity(**q));
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return page;
}

Result<PublishResult> PostgresHubStorage::publish(const PublishPlanner &planner, const QString &user)
{
    Transaction tx(*this, Mode::LogWrite);
    if (!tx.begun())
        return tx.begun().error();
    ContentMap current;
    {
        auto q = run(QStringLiteral("SELECT entity, id, version, deleted, payload FROM content"));
        if (!q)
            return q.error();
        while ((*q)->next())
            current.insert({(*q)->value(0).toString(), (*q)->value(1).toString()},
                           {(*q)->value(2).toLongLong(), (*q)->value(3).toBool(), (*q)->value(4).toString().toUtf8()});
    }
    PublishResult result;
    auto plan = planner(current);
    if (!plan)
        return plan.error();
    result.unchanged = plan->unchanged;
    QList<LogChange> *planned = &plan->changes;
    if (planned->isEmpty())
        return result;  // nothing appended; the transaction rolls back having written nothing
    auto info = readInfo();
    if (!info)
        return info.error();
    auto publishId = run(QStringLiteral("INSERT INTO publishes (user_name, from_seq, to_seq, puts, tombstones) "
                                        "VALUES (?, 0, 0, 0, 0) RETURNING id"), {user});
    if (!publishId)
        return publishId.error();
    if (!(*publishId)->next())
        return makeError(QObject::tr("The publish could not be recorded."));
    const qint64 pid = (*publishId)->value(0).toLongLong();
    // Rows go in multi-row statements (one round trip per 128 rows rather than per row): a change per planned
    // entry, and a content row per entity, the last change to it winning (as consecutive upserts would).
    QList<QVariantList> changeRows;
    QList<QVariantList> contentRows;
    QHash<QPair<QString, QString>, qsizetype> contentRowOf;
    qint64 seq = info->head;
    result.fromSeq = seq + 1;
    for (const LogChange &c : std::as_const(*planned)) {
        ++seq;
        const QString op = c.tombstone ? QStringLiteral("tombstone") : QStringLiteral("put");
        const QString payload = QString::fromUtf8(c.payload);
        changeRows.append({seq, c.entity, c.id, c.version, op, payload, pid});
        const QVariantList content{c.entity, c.id, c.version, seq, c.tombstone, payload};
        const auto key = qMakePair(c.entity, c.id);
        if (const auto it = contentRowOf.constFind(key); it != contentRowOf.cend()) {
            contentRows[*it] = content;
        } else {
            contentRowOf.insert(key, contentRows.size());
            contentRows.append(content);
        }
        ++(c.tombstone ? result.tombstones : result.puts);
    }
    if (auto r = insertRows(QStringLiteral("INSERT INTO changes (seq, entity, id, version, op, payload, publish_id) VALUES "),
                            changeRows, QString()); !r)
        return r.error();
    if (auto r = insertRows(QStringLiteral("INSERT INTO content (entity, id, version, seq, deleted, payload) VALUES "),
                            contentRows, QStringLiteral(" ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
                                                        "seq = excluded.seq, deleted = excluded.deleted, "
                                                        "payload = excluded.payload")); !r)
        return r.error();
    result.toSeq = seq;
    if (auto r = run(QStringLiteral("UPDATE publishes SET from_seq = ?, to_seq = ?, puts = ?, tombstones = ? WHERE id = ?"),
                     {result.fromSeq, result.toSeq, result.puts, result.tombstones, pid}); !r)
        return r.error();
    if (auto r = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'head'"), {QString::number(seq)}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return makeError(QObject::tr("The publish could not be saved; nothing was published: %1").arg(r.error().toString()));
    return result;
}

Result<QString> PostgresHubStorage::newEpoch()
{
    // Under the log lock, so that no publish straddles the change of epoch.
    Transaction tx(*this, Mode::LogWrite);
    if (!tx.begun())
        return tx.begun().error();
    const QString epoch = newId();
    if (auto r = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"), {epoch}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return epoch;
}

Result<qint64> PostgresHubStorage::compact(qint64 keep)
{
    Transaction tx(*this, Mode::LogWrite);
    if (!tx.begun())
        return tx.begun().error();
    auto info = readInfo();
    if (!info)
        return info.error();
    const qint64 floor = std::max(info->floor, info->head - std::max<qint64>(keep, 0));
    if (auto r = run(QStringLiteral("DELETE FROM changes WHERE seq <= ?"), {floor}); !r)
        return r.error();
    if (auto r = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'floor'"), {QString::number(floor)}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return floor;
}

} // namespace souffleur::hub