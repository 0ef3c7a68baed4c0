// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace souffleur::hub {

// bench-sync [--articles N] [--outage SECONDS] [--connections N]: starts hub processes on 127.0.0.1 in a temporary
// folder and prints replication figures as key=value lines (docs/sync-protocol.md, "Sync benchmark"). With
// --db URL, the synthetic first syncs run against a hub in that empty PostgreSQL database (docs/hub-postgresql.md).
int runBenchSync(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace souffleur::hub
