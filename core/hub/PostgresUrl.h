// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace souffleur::hub {

// A PostgreSQL connection URL as `souffleur-hub --db` takes it:
//   postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&sslmode=…&keepalives_idle=…&options=…]
// (`postgres://` too). An empty host with no `host=` parameter means libpq's default Unix socket. Parts are
// percent-decoded. Only libpq's connection parameters are accepted (acceptedParameters()), so a typo is an error
// rather than silently ignored;
// libpq's own environment (PGPASSWORD, ~/.pgpass, PGSSLMODE…) still applies, and is the better place for a
// password than a command line.
struct PostgresUrl
{
    QString user;
    QString password;
    QString host;  // a name, an address, or a Unix socket folder (starts with '/')
    int port = -1; // -1: libpq's default
    QString database;
    QList<QPair<QString, QString>> options;  // libpq keywords (sslmode, connect_timeout, …) and their values

    static Result<PostgresUrl> parse(const QString &text);
    static QStringList acceptedParameters();
    // The value of a parameter given in the URL, or a null string.
    QString option(const QString &key) const;

    // The URL without its password, for messages and `status`.
    QString redacted() const;
    // The options as QSqlDatabase::setConnectOptions() takes them ("k=v;k=v").
    QString connectOptions() const;
};

} // namespace souffleur::hub
