// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

#include <cstdio>
#endif

namespace souffleur::privatefiles {

namespace {

constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kDirMode = kFileMode | QFileDevice::ExeOwner;

bool makeOneDir(const QString &path)
{
#ifdef Q_OS_UNIX
    // Created 0700 at once, never briefly 0755 (QDir::mkdir has no mode in Qt 6.4).
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0 || QFileInfo(path).isDir();
#else
    return QDir().mkdir(path) && QFile::setPermissions(path, kDirMode);
#endif
}

} // namespace

Result<void> makeDir(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return {};
    QStringList missing;
    for (QString dir = absolute; !QFileInfo::exists(dir); dir = QFileInfo(dir).path()) {
        missing.prepend(dir);
        if (QFileInfo(dir).path() == dir)
            break;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!makeOneDir(dir))
            return makeError(QObject::tr("Cannot create the folder %1.").arg(dir));
    }
    return {};
}

Result<void> makeFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return restrict(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode) && !QFileInfo::exists(path))
        return makeError(QObject::tr("Cannot create %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> restrict(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QFileDevice::Permissions wanted = info.isDir() ? kDirMode : kFileMode;
    if ((info.permissions() & ~(wanted | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)) == 0)
        return {};
    if (!QFile::setPermissions(path, wanted))
        return makeError(QObject::tr("Cannot make %1 readable by you only.").arg(path));
    return {};
}

Result<void> write(const QString &path, const QByteArray &data)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode))
        return makeError(QObject::tr("Cannot write %1: %2").arg(temporary, file.errorString()));
    if (file.write(data) != data.size() || !file.flush()) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(temporary);
        return makeError(QObject::tr("Cannot write %1: %2").arg(temporary, why));
    }
    file.close();
    // rename(2) replaces the old file atomically; QFile::rename would refuse an existing target.
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
#else
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
#endif
        QFile::remove(temporary);
        return makeError(QObject::tr("Cannot replace %1.").arg(path));
    }
    return {};
}

} // namespace souffleur::privatefiles
