// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb sync: the desktop sync engine, headless (docs/sync-protocol.md).
#include "SyncCommand.h"

#include "store/Store.h"
#include "sync/OutboxRepository.h"
#include "sync/Replica.h"
#include "sync/SyncBundle.h"
#include "sync/SyncEngine.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncState.h"
#include "sync/WireMessages.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QSslCertificate>
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
        ctx.err << tr("usage: souffleur-kb [--store PATH] sync --hub URL [--token T] [--ca-file CA.pem] [--retries N] [--limit PAGE] [--timeout S]") << Qt::endl;
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
    if (ctx.parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = ctx.parser.value(QStringLiteral("ca-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << tr("error: cannot read the CA file %1: %2").arg(path, file.errorString()) << Qt::endl;
            return ExitFailure;
        }
        options.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            ctx.err << tr("error: %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")").arg(path) << Qt::endl;
            return ExitFailure;
        }
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
            << "snapshots=" << outcome.snapshots << '\n'
            << "outcomes=" << outcome.outcomes << '\n'
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

namespace {

int failWith(Context &ctx, const Error &e)
{
    ctx.err << tr("error: ") << e.toString() << Qt::endl;
    return ExitFailure;
}

Result<QByteArray> siteKey(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("key-file")))
        return makeError(tr("Bundles are signed: give the site key with --key-file FILE."));
    return sync::readSiteKey(ctx.parser.value(QStringLiteral("key-file")));
}

} // namespace

int runImportChanges(Context &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << tr("usage: souffleur-kb [--store PATH] import-changes FILE --key-file KEY") << Qt::endl;
        return ExitUsage;
    }
    auto key = siteKey(ctx);
    if (!key)
        return failWith(ctx, key.error());
    QFile in(ctx.args.constFirst());
    if (!in.open(QIODevice::ReadOnly))
        return failWith(ctx, makeError(tr("Cannot read %1: %2").arg(ctx.args.constFirst(), in.errorString())));
    auto body = sync::readSignedBundle(in.readAll(), sync::bundleKind::changes(), *key);
    if (!body)
        return failWith(ctx, body.error());
    const QString hubId = body->value(QStringLiteral("hub_id")).toString();
    const QString epoch = body->value(QStringLiteral("epoch")).toString();
    const qint64 from = body->value(QStringLiteral("from_seq")).toInteger(-1);
    const qint64 to = body->value(QStringLiteral("to_seq")).toInteger(-1);
    auto changes = sync::wire::changesFromJson(body->value(QStringLiteral("changes")), sync::wire::ChangeForm::Feed);
    if (!changes)
        return failWith(ctx, changes.error());
    if (hubId.isEmpty() || epoch.isEmpty() || from < 0 || to < from)
        return failWith(ctx, makeError(tr("The bundle has no hub, epoch or sequence range.")));

    auto store = Store::open(ctx.storePath);
    if (!store)
        return failWith(ctx, store.error());
    sync::Replica replica(**store);
    auto at = sync::position(**store);
    if (!at)
        return failWith(ctx, at.error());
    sync::Position pos = *at;
    if (pos.hubId.isEmpty()) {
        // Never synced: only a bundle of the whole log can build the replica.
        if (from != 0)
            return failWith(ctx, makeError(tr("This store has never been synchronised, and the bundle starts after "
                                              "sequence %1: ask the hub for a bundle from the start "
                                              "(souffleur-hub export-changes --since 0).").arg(from)));
        if (auto r = replica.applySnapshot(hubId, epoch, 0, {}); !r)
            return failWith(ctx, r.error());
        at = sync::position(**store);
        if (!at)
            return failWith(ctx, at.error());
        pos = *at;
    }
    if (pos.hubId != hubId || pos.epoch != epoch)
        return failWith(ctx, makeError(tr("The bundle comes from another hub or hub epoch than this store's; it "
                                          "needs a full resynchronisation (online, or a bundle from sequence 0 "
                                          "into a new store).")));
    if (from > pos.checkpoint)
        return failWith(ctx, makeError(tr("The bundle starts after sequence %1, but this store is at sequence %2: "
                                          "changes %3 to %1 are missing. Ask the hub for "
                                          "souffleur-hub export-changes --since %2.")
                                           .arg(from).arg(pos.checkpoint).arg(pos.checkpoint + 1)));
    if (to <= pos.checkpoint) {
        ctx.out << tr("Nothing new: this store is already at sequence %1.").arg(pos.checkpoint) << '\n'
                << "applied=0" << '\n' << "checkpoint=" << pos.checkpoint << Qt::endl;
        return ExitOk;
    }
    auto applied = replica.applyPage(hubId, epoch, *changes, to);
    if (!applied)
        return failWith(ctx, applied.error());
    auto checkpoint = sync::checkpoint(**store);
    if (!checkpoint)
        return failWith(ctx, checkpoint.error());
    ctx.out << tr("Applied %1 change(s); the store is now at sequence %2.").arg(*applied).arg(to) << '\n'
            << "applied=" << *applied << '\n' << "checkpoint=" << *checkpoint << Qt::endl;
    return ExitOk;
}

int runExportOutbox(Context &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << tr("usage: souffleur-kb [--store PATH] export-outbox OUT --key-file KEY") << Qt::endl;
        return ExitUsage;
    }
    auto key = siteKey(ctx);
    if (!key)
        return failWith(ctx, key.error());
    auto store = Store::open(ctx.storePath);
    if (!store)
        return failWith(ctx, store.error());
    auto pending = sync::OutboxRepository(**store).pending();
    if (!pending)
        return failWith(ctx, pending.error());
    QJsonArray records;
    for (const sync::PendingRecord &p : std::as_const(*pending))
        records.append(sync::wire::toJson(p.record));
    auto at = sync::position(**store);
    if (!at)
        return failWith(ctx, at.error());
    const sync::Position &pos = *at;
    QSaveFile file(ctx.args.constFirst());
    if (!file.open(QIODevice::WriteOnly))
        return failWith(ctx, makeError(tr("Cannot write %1: %2").arg(ctx.args.constFirst(), file.errorString())));
    file.write(sync::signBundle({{QStringLiteral("hub_id"), pos.hubId}, {QStringLiteral("checkpoint"), pos.checkpoint},
                                 {QStringLiteral("records"), records}},
                                sync::bundleKind::outbox(), *key));
    if (!file.commit())
        return failWith(ctx, makeError(tr("Cannot write %1: %2").arg(ctx.args.constFirst(), file.errorString())));
    // The records stay in the outbox: no receipt came back. The next online sync gets "duplicate" receipts for the
    // ones the hub imported and clears them; nothing is lost if the file never arrives.
    ctx.out << tr("Wrote %1 outbox record(s) to %2; they stay in the outbox until a sync gets their receipts.")
                   .arg(records.size()).arg(ctx.args.constFirst())
            << '\n' << "records=" << records.size() << '\n' << "checkpoint=" << pos.checkpoint << Qt::endl;
    return ExitOk;
}

} // namespace souffleur::kb
