// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace souffleur {

// One step of the schema: applied in one transaction that also sets PRAGMA user_version to `version`.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The migrations of the local store, in order; the last one's version is the current schema version.
const QList<Migration> &storeMigrations();
int currentSchemaVersion();

} // namespace souffleur
