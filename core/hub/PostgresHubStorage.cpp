// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/PostgresHubStorage.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace souffleur::hub {

namespace {

// Advisory lock keys (per database): one for the writers of the log, one for creating or upgrading the schema.
constexpr qint64 kLogLock = 0x536f7566'486c6f67;     // "SoufHlog"
constexpr qint64 kSchemaLock = 0x536f7566'53636d61;  // "SoufScma"

// The same tables as the SQLite hub (schema 101). Payloads are TEXT, not JSONB: the publisher compares them byte
// for byte with what it would write, and desktops hash what they receive, so they must come back exactly as
// stored. Timestamps the hub makes are timestamptz; a desktop's created_at is kept as it sent it.
QStringList schema101()
{
    return {
        QStringLiteral("CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL)"),
        QStringLiteral("CREATE TABLE content ("
                       " entity text NOT NULL, id text NOT NULL,"
                       " version bigint NOT NULL, seq bigint NOT NULL,"
                       " deleted boolean NOT NULL DEFAULT false, payload text NOT NULL DEFAULT '',"
                       " PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE TABLE publishes ("
                       " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_name text NOT NULL,"
                       " at timestamptz NOT NULL DEFAULT now(),"
                       " from_seq bigint NOT NULL, to_seq bigint NOT NULL,"
                       " puts integer NOT NULL, tombstones integer NOT NULL)"),
        QStringLiteral("CREATE TABLE changes ("
                       " seq bigint PRIMARY KEY,"
                       " entity text NOT NULL, id text NOT NULL, version bigint NOT NULL,"
                       " op text NOT NULL CHECK (op IN ('put', 'tombstone')),"
                       " payload text NOT NULL DEFAULT '',"
                       " publish_id bigint NOT NULL REFERENCES publishes (id))"),
        QStringLiteral("CREATE TABLE users ("
                       " name text PRIMARY KEY,"
                       " role text NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),"
                       " token_hash text NOT NULL UNIQUE,"
                       " revoked boolean NOT NULL DEFAULT false,"
                       " created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)"),
        QStringLiteral("CREATE TABLE received ("
                       " uuid text PRIMARY KEY, user_name text NOT NULL, type text NOT NULL, payload text NOT NULL,"
                       " created_at text NOT NULL DEFAULT '', received_at timestamptz NOT NULL DEFAULT now(),"
                       " status text NOT NULL DEFAULT 'new')"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('store_kind', 'hub'), ('head', '0'), ('floor', '0')"),
    };
}

// Schema 102: the relay role and review outcomes (see SqliteHubStorage's migration 102; forward_note is only used by SQLite relays but
// kept in step so that both backends have the same tables).
QStringList migration102()
{
    return {
        QStringLiteral("ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check"),
        QStringLiteral("ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('agent', 'lead', 'admin', 'relay'))"),
        QStringLiteral("ALTER TABLE received ADD COLUMN forward_note text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN outcome text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN outcome_note text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN reviewed_by text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN reviewed_at timestamptz"),
    };
}

// Schema 103: users' and relays' sites (see SqliteHubStorage's migration 103).
QStringList migration103()
{
    return {QStringLiteral("ALTER TABLE users ADD COLUMN IF NOT EXISTS site text NOT NULL DEFAULT ''")};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A null QString would bind as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(u""_qs));
    return v;
}

constexpr char kUniqueViolation[] = "23505";

QAtomicInt connectionCounter;

} // namespace

class PostgresHubStorage::Transaction final
{
public:
    Transaction(PostgresHubStorage &storage, Mode mode) : m_storage(storage)
    {
        m_begun = storage.begin(mode);
        m_active = m_begun.ok();
    }
    ~Transaction()
    {
        if (m_active)
            m_storage.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit()
    {
        m_active = false;
        return m_storage.commit();
    }

private:
    PostgresHubStorage &m_storage;
    Result<void> m_begun;
    bool m_active = false;
};

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
    QString options = m_url.connectOptions();
    if (!options.contains(QLatin1String("application_name=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("application_name=souffleur-hub");
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(";connect_timeout=10");
    d.setConnectOptions(options);
    if (!d.open())
        return failure(QObject::tr("Cannot connect to the hub database"), d.lastError());
    // Notices (e.g. from DDL) would go to stderr through libpq's default handler.
    return execute(QStringLiteral("SET client_min_messages TO warning"));
}

Result<void> PostgresHubStorage::execute(const QString &statement)
{
    QSqlQuery q(db());
    if (!q.exec(statement))
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
    if (!q->exec()) {
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

Result<void> PostgresHubStorage::prepareSchema(bool create)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    // Two hubs started together over an empty database must not both create the tables.
    if (auto r = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kSchemaLock}); !r)
        return r.error();
    auto exists = run(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL"));
    if (!exists)
        return exists.error();
    const bool hasMeta = (*exists)->next() && (*exists)->value(0).toBool();
    if (!hasMeta) {
        if (!create)
            return makeError(QObject::tr("The database %1 holds no hub. Create one with `souffleur-hub init --db URL`.")
                                 .arg(m_url.redacted()));
        auto tables = run(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                         "AND tablename IN ('content', 'changes', 'publishes', 'users', 'received')"));
        if (!tables)
            return tables.error();
        if ((*tables)->next() && (*tables)->value(0).toInt() > 0)
            return makeError(QObject::tr("The database %1 already has tables of the same names as the hub's and is not "
                                         "a hub database; use an empty database.").arg(m_url.redacted()));
        for (const QString &statement : schema101() + migration102() + migration103())
            if (auto r = execute(statement); !r)
                return r.error();
        if (auto r = run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('hub_id', ?), "
                                        "('epoch', ?)"), {QString::number(kSchemaVersion), newId(), newId()}); !r)
            return r.error();
        return tx.commit();
    }
    auto meta = run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('store_kind', 'schema_version', 'hub_id')"));
    if (!meta)
        return meta.error();
    QHash<QString, QString> values;
    while ((*meta)->next())
        values.insert((*meta)->value(0).toString(), (*meta)->value(1).toString());
    if (values.value(QStringLiteral("store_kind")) != u"hub" || values.value(QStringLiteral("hub_id")).isEmpty())
        return makeError(QObject::tr("The database %1 is not a hub database (its meta table is another application's).")
                             .arg(m_url.redacted()));
    const int version = values.value(QStringLiteral("schema_version")).toInt();
    if (version > kSchemaVersion)
        return makeError(QObject::tr("The hub database %1 has schema version %2, newer than this souffleur-hub knows "
                                     "(%3); use a newer souffleur-hub. Nothing was changed.")
                             .arg(m_url.redacted()).arg(version).arg(kSchemaVersion));
    if (version < 101)
        return makeError(QObject::tr("The hub database %1 has an unknown schema version (%2).")
                             .arg(m_url.redacted()).arg(version));
    // Migrations run here, inside this transaction and under the schema lock: two hubs starting together upgrade once.
    if (version < 102) {
        for (const QString &statement : migration102())
            if (auto r = execute(statement); !r)
                return r.error();
    }
    if (version < 103) {
        for (const QString &statement : migration103())
            if (auto r = execute(statement); !r)
                return r.error();
    }
    if (version < kSchemaVersion) {
        if (auto r = run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"), {QString::number(kSchemaVersion)}); !r)
            return r.error();
    }
    return tx.commit();
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
                                "ORDER BY CASE entity WHEN 'kb' THEN 0 WHEN 'category' THEN 1 WHEN 'item' THEN 2 "
                                "ELSE 3 END, id COLLATE \"C\""));
    if (!q)
        return q.error();
    while ((*q)->next())
        snap.entities.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                              (*q)->value(3).toLongLong(), false, (*q)->value(4).toString().toUtf8()});
    if (auto r = tx.commit(); !r)
        return r.error();
    return snap;
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
    auto planned = planner(current, &result.unchanged);
    if (!planned)
        return planned.error();
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

Result<QList<Receipt>> PostgresHubStorage::receive(const QString &user, const QList<OutboxRecord> &records)
{
    Transaction tx(*this, Mode::Write);
    if (!tx.begun())
        return tx.begun().error();
    // ON CONFLICT DO NOTHING also settles two hubs storing the same record at once: the second waits for the
    // first to commit, then inserts nothing and answers "duplicate".
    const QString insert = QStringLiteral("INSERT INTO received (uuid, user_name, type, payload, created_at) "
                                          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING");
    QList<Receipt> receipts;
    for (const OutboxRecord &r : records) {
        auto q = run(insert, {r.uuid, r.user.isEmpty() ? user : r.user, r.type, QString::fromUtf8(r.payload), r.createdAt});
        if (!q)
            return q.error();
        receipts.append({r.uuid, (*q)->numRowsAffected() > 0 ? ReceiptStatus::Accepted : ReceiptStatus::Duplicate, {}});
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
