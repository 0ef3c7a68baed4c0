// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the GUI suites, so that each test function runs alone and in any order (`tst_x testFunction`,
// `tst_x -random`): settings of its own for each test function.

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace guitest {

// Points this process's user settings (native and INI formats, whatever organisation and application names the
// code uses) at a new empty folder under `root`, a different one at each call: the next window reads the defaults,
// whatever an earlier test function, another suite, an earlier run or the user saved. QStandardPaths' test mode
// keeps the other standard folders away from the user's as well. Returns the folder.
inline QString freshSettings(const QString &root)
{
    static int generation = 0;
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = QStringLiteral("%1/settings-%2").arg(root).arg(++generation);
    QDir().mkpath(dir);
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, dir);
    return dir;
}

} // namespace guitest
