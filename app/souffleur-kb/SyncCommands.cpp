// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb sync: the desktop sync engine, headless (docs/sync-protocol.md).
#include "SyncCommand.h"

#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QUrl>

namespace souffleur::kb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("souffleur-kb", text);
}

// Exit codes beyond ExitFailure let scripts tell the classes apart.
enum SyncExit { ExitAuth = 3, ExitRetryLater = 4, ExitRejected = 5 };

} // namespace

int runSync(Context &ctx)
{
    const QString hub = ctx.parser.value(QStringLiteral("hub"));
    if (!ctx.args.isEmpty() || hub.isEmpty()) {
        ctx.err << tr("usage: souffleur-kb [--store PATH] sync --hub URL [--token T] [--retries N] [--limit PAGE] [--timeout S]") << Qt::endl;
        return ExitUsage;
    }
    sync::SyncOptions options;
    options.hub = QUrl(hub, QUrl::StrictMode);
    options.token = ctx.parser.isSet(QStringLiteral("token")) ? ctx.parser.value(QStringLiteral("token"))
                                                              : qEnvironmentVariable("SOUFFLEUR_TOKEN");
    bool ok = true;
    if (ctx.parser.isSet(QStringLiteral("retries")))
        options.maxAttempts = ctx.parser.value(QStringLiteral("retries")).toInt(&ok);
    if (!ok || options.maxAttempts < 1) {
        ctx.err << tr("error: --retries takes a whole number of at least 1") << Qt::endl;
        return ExitUsage;
    }
    if (ctx.parser.isSet(QStringLiteral("limit")))
        options.pageSize = ctx.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || options.pageSize < 1) {
        ctx.err << tr("error: --limit takes a whole number of at least 1") << Qt::endl;
        return ExitUsage;
    }

    if (ctx.parser.isSet(QStringLiteral("timeout"))) {
        const double seconds = ctx.parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            ctx.err << tr("error: --timeout takes a number of seconds (more than 0, at most 3600)") << Qt::endl;
            return ExitUsage;
        }
        options.transferTimeoutMs = int(seconds * 1000);
    }

    auto store = Store::open(ctx.storePath);
    if (!store) {
        ctx.err << tr("error: ") << store.error().toString() << Qt::endl;
        return ExitFailure;
    }
    const sync::SyncOutcome outcome = sync::SyncEngine::runBlocking(**store, options, [&](const QString &message) {
        ctx.out << message << Qt::endl;
    });
    ctx.out << outcome.summary() << '\n'
            << "sync=" << sync::statusName(outcome.status) << '\n'
            << "checkpoint=" << outcome.checkpoint << '\n'
            << "outbox=" << outcome.outboxPending << Qt::endl;
    if (!outcome.message.isEmpty())
        (outcome.ok() ? ctx.out : ctx.err) << outcome.message << Qt::endl;
    switch (outcome.status) {
    case sync::SyncStatus::CaughtUp: return ExitOk;
    case sync::SyncStatus::AuthFailed: return ExitAuth;
    case sync::SyncStatus::RetryLater: return ExitRetryLater;
    case sync::SyncStatus::OutboxRejected: return ExitRejected;
    case sync::SyncStatus::Fatal:
    case sync::SyncStatus::Cancelled: return ExitFailure;
    }
    return ExitFailure;
}

} // namespace souffleur::kb
