// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the core tests: raw SQLite connections that bypass Store, file hashes, fixture paths.

#include "common/Result.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QVariant>

namespace souffleur::test {

// The text of a Result's error, for QVERIFY2 messages.
template <typename R>
QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(SOUFFLEUR_TEST_DATA "/") + name;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

// SHA-256 of a file's bytes ("missing" when it cannot be read), to prove a refused file was not touched.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// A plain Qt SQLite connection to a file, without any of Store's checks, for tests that forge or inspect files.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs a statement; returns false (and logs) on error.
    bool exec(const QString &statement)
    {
        QSqlQuery q(db());
        if (!q.exec(statement)) {
            qWarning("raw SQL failed: %s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &statement)
    {
        QSqlQuery q(db());
        if (!q.exec(statement) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

// Names of the tables (and virtual tables) of a database.
inline QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

} // namespace souffleur::test
