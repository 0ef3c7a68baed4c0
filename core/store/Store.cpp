// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "store/SqlUtil.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace souffleur {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("souffleur-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the first bytes without SQLite so that a file that is not a database is never opened for writing.
Result<void> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the knowledge store %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return makeError(QObject::tr("%1 is not a Souffleur knowledge store (it is not an SQLite database, or it is "
                                     "corrupt). The file was left untouched.").arg(path));
    return {};
}

} // namespace

Store::Store(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/knowledge.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && !options.createIfMissing)
        return makeError(QObject::tr("The knowledge store %1 does not exist.").arg(path));
    if (existed) {
        if (auto header = checkHeader(path); !header)
            return header.error();
        // A store of an older version may be 0644: tighten it, with its WAL and shared-memory files, which SQLite
        // creates with the database's mode.
        if (!options.readOnly) {
            for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
                if (auto r = privatefiles::restrict(file); !r)
                    qCWarning(lcStore) << r.error().message;
        }
    } else {
        // The user's knowledge, tickets and outbox: readable by the user only (folder 0700, file 0600; SQLite
        // gives the -wal and -shm files the database's mode).
        if (auto r = privatefiles::makeDir(info.absolutePath()); !r)
            return r.error();
        if (auto r = privatefiles::makeFile(path); !r)
            return r.error();
    }

    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(store->m_path);
    if (options.readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return makeError(QObject::tr("Cannot open the knowledge store %1: %2").arg(path, db.lastError().text()));
    if (auto r = store->checkAndMigrate(options, existed); !r)
        return r.error();
    return store;
}

Result<void> Store::checkAndMigrate(const Options &options, bool existed)
{
    const QSqlDatabase db = database();
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return makeError(QObject::tr("%1 is not a readable knowledge store (corrupt file?). The file was left "
                                     "untouched.").arg(m_path),
                         {version.error().message});
    m_schemaVersion = version->toInt();
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    const int fileAppId = appId ? appId->toInt() : 0;
    auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return makeError(QObject::tr("%1 is not a readable knowledge store (corrupt file?). The file was left "
                                     "untouched.").arg(m_path),
                         {tables.error().message});
    const int tableCount = tables->toInt();

    const QList<Migration> &migrations = options.migrations ? *options.migrations : storeMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (m_schemaVersion > latest)
        return makeError(QObject::tr("The knowledge store %1 was written by a newer version of Souffleur (schema %2; "
                                     "this version knows up to %3). Please update Souffleur. The file was left "
                                     "untouched.").arg(m_path).arg(m_schemaVersion).arg(latest));
    if (fileAppId != applicationId && (m_schemaVersion != 0 || tableCount != 0))
        return makeError(QObject::tr("%1 is an SQLite database of another application, not a Souffleur knowledge "
                                     "store. The file was left untouched.").arg(m_path));

    if (options.readOnly) {
        // An empty file (or an empty SQLite database) would become a store if it were opened for writing.
        if (m_schemaVersion == 0)
            return makeError(QObject::tr("%1 is not a Souffleur knowledge store (it is empty). The file was left "
                                         "untouched; create a store with “souffleur-kb init”.").arg(m_path));
        if (m_schemaVersion != latest)
            return makeError(QObject::tr("The knowledge store %1 needs an upgrade and was opened read-only.").arg(m_path));
        return {};
    }

    // Memory-mapped reads and a larger page cache: suggestion and search read many full-text index pages per
    // query, and going through read() for each costs more than the query itself on a large store.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000", "PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -32768"}) {
        if (auto r = sql::exec(db, QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (m_schemaVersion < latest) {
        if (existed && m_schemaVersion > 0) {
            m_backupPath = m_path + QStringLiteral(".bak-v%1").arg(m_schemaVersion);
            QFile::remove(m_backupPath);
            // VACUUM INTO accepts an empty file: created 0600 first, the copy is as private as the store.
            if (auto r = privatefiles::makeFile(m_backupPath); !r)
                return r.error();
            if (auto r = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {m_backupPath}); !r)
                return makeError(QObject::tr("Could not back up %1 before upgrading it; nothing was changed.").arg(m_path),
                                 {r.error().message});
            qCDebug(lcStore) << "backed up schema" << m_schemaVersion << "store to" << m_backupPath;
        }
        if (auto r = migrate(m_schemaVersion, migrations); !r)
            return r;
    }
    return {};
}

Result<void> Store::migrate(int from, const QList<Migration> &migrations)
{
    QSqlDatabase db = database();
    for (const Migration &m : migrations) {
        if (m.version <= from)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return sql::toError(QObject::tr("Could not start the upgrade of %1").arg(m_path), db.lastError());
        for (const QString &statement : m.statements) {
            if (auto r = sql::exec(db, statement); !r) {
                return makeError(QObject::tr("Upgrading the knowledge store to schema %1 (%2) failed; the store was "
                                             "left at schema %3, unchanged.").arg(m.version).arg(m.description).arg(m_schemaVersion),
                                 {r.error().message});
            }
        }
        // PRAGMA does not take bound parameters; the values are our own integers.
        for (const QString &pragma : {QStringLiteral("PRAGMA user_version = %1").arg(m.version),
                                      QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}) {
            if (auto r = sql::exec(db, pragma); !r)
                return r.error();
        }
        if (!tx.commit())
            return sql::toError(QObject::tr("Could not commit the upgrade of %1").arg(m_path), db.lastError());
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << m.version;
        m_schemaVersion = m.version;
    }
    return {};
}

Result<std::optional<QString>> Store::readMeta(const QString &key) const
{
    auto value = sql::scalar(database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value->isValid() ? std::optional<QString>(value->toString()) : std::nullopt;
}

QString Store::meta(const QString &key, const QString &fallback) const
{
    auto value = readMeta(key);
    return value && value->has_value() ? **value : fallback;
}

Result<void> Store::setMeta(const QString &key, const QString &value)
{
    auto q = sql::exec(database(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q)
        return q.error();
    return {};
}

} // namespace souffleur
