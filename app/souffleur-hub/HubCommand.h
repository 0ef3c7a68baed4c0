// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "hub/HubStorage.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace souffleur::hub {

// What every souffleur-hub command receives: the parsed options, its own positional arguments (after the command
// name), and the two output streams. A command returns the process exit code.
struct Context
{
    QCommandLineParser &parser;
    QStringList args;
    QTextStream &out;
    QTextStream &err;
};

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

QString tr(const char *text);
int fail(Context &ctx, const Error &error);
int usage(Context &ctx, const char *text);
int usage(Context &ctx, const QString &text);

// The storage and where it is, for init and status (path=DIR/hub.sqlite or database=URL without password).
struct OpenedStorage
{
    std::unique_ptr<HubStorage> storage;
    QString where;
    HubStorage *operator->() const { return storage.get(); }
    HubStorage &operator*() const { return *storage; }
};

Result<OpenedStorage> openStorage(Context &ctx, bool create);
// The upstream's URL when the storage is a site relay's folder, else empty.
QString relayUpstreamOf(const OpenedStorage &storage);
// The storage of a central hub, for what only a central hub does (`what`, as the refusal says it for a relay).
Result<OpenedStorage> openCentralStorage(Context &ctx, bool create, const QString &what);

int runInit(Context &ctx);
int runStatus(Context &ctx);
int runCompact(Context &ctx);
int runNewEpoch(Context &ctx);
int runUser(Context &ctx);
int runPublish(Context &ctx);
int runReview(Context &ctx);
int runReceived(Context &ctx);
int runExportChanges(Context &ctx);
int runImportOutbox(Context &ctx);
int runServe(Context &ctx);
int runRelay(Context &ctx);

} // namespace souffleur::hub
