// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace souffleur {

// One agent's local knowledge store: a SQLite file in WAL mode whose schema version lives in
// PRAGMA user_version. Opening checks the file before anything is written: a corrupt file, another
// application's database or one written by a newer Souffleur is refused and left untouched; an older schema is
// backed up (VACUUM INTO "<file>.bak-v<N>") and then migrated one transaction per step.
//
// A Store owns one Qt SQL connection and must be used from the thread that opened it.
class Store final
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool readOnly = false;
        // For tests: the migrations to apply instead of the standard ones.
        const QList<Migration> *migrations = nullptr;
    };

    static Result<std::unique_ptr<Store>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Options{}); }
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the pre-migration backup went, if this open migrated the file.
    QString backupPath() const { return m_backupPath; }

    // A key of the meta table (default_locale, locales, name): nothing when it is not set, an Error when it cannot
    // be read. Where a failure matters (sync positions, counters), use this.
    Result<std::optional<QString>> readMeta(const QString &key) const;
    // The same for display: `fallback` when the key is not set or cannot be read.
    QString meta(const QString &key, const QString &fallback = {}) const;
    Result<void> setMeta(const QString &key, const QString &value);

    // The default location: <AppDataLocation>/knowledge.sqlite.
    static QString defaultPath();

    // The "SOUF" application id written into every store.
    static constexpr int applicationId = 0x534f5546;

private:
    Store(QString path, QString connection);
    Result<void> checkAndMigrate(const Options &options, bool existed);
    Result<void> migrate(int from, const QList<Migration> &migrations);

    QString m_path;
    QString m_connection;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

} // namespace souffleur
