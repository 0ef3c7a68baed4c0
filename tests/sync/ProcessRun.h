// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace souffleur::test {

// One finished run of a command-line tool (souffleur-hub, souffleur-kb) started by a test.
struct Run
{
    int exitCode = -1;  // -1: crashed or did not finish within two minutes
    QString out;
    QString err;
    // The last non-empty line of standard output (where `user add` prints the token).
    QString lastLine() const;
};

Run run(const QString &program, const QStringList &args);

// The `key=value` lines of a tool's output (status, sync, bench).
QMap<QString, QString> keyValues(const QString &text);

} // namespace souffleur::test
