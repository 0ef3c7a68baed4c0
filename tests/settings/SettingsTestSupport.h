// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the settings tests: a private settings file per test, and file modes as octal numbers.

#include <QCoreApplication>
#include <QFuture>
#include <QTest>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace souffleur::test {

// Points QSettings (and so Settings) at a fresh folder: each test starts from an empty settings file.
inline void useFreshSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Souffleur"));
    QCoreApplication::setApplicationName(QStringLiteral("Souffleur"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

// The permission bits of `path` (0600, 0700...), -1 when it does not exist.
inline int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// The result of an asynchronous SecretStore call, the event loop running meanwhile.
template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        qFatal("no answer in 30 s");
    return future.result();
}

} // namespace souffleur::test
