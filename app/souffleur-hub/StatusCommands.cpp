// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub init, status, compact and new-epoch: the hub's identity, its log and its epoch.
#include "HubCommand.h"

#include "hub/RelayStorage.h"

namespace souffleur::hub {

int runInit(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return usage(ctx, "init (--data DIR | --db URL)");
    auto storage = openStorage(ctx, true);
    if (!storage)
        return fail(ctx, storage.error());
    auto info = (*storage)->info();
    if (!info)
        return fail(ctx, info.error());
    ctx.out << "hub_id=" << info->hubId << '\n' << "epoch=" << info->epoch << '\n' << storage->where << Qt::endl;
    return ExitOk;
}

int runStatus(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return usage(ctx, "status (--data DIR | --db URL)");
    auto storage = openStorage(ctx, false);
    if (!storage)
        return fail(ctx, storage.error());
    auto info = (*storage)->info();
    auto users = (*storage)->users();
    auto received = (*storage)->received();
    if (!info || !users || !received)
        return fail(ctx, !info ? info.error() : !users ? users.error() : received.error());
    ctx.out << "hub_id=" << info->hubId << '\n' << "epoch=" << info->epoch << '\n' << "head=" << info->head << '\n'
            << "floor=" << info->floor << '\n' << "users=" << users->size() << '\n' << "received=" << received->size()
            << '\n' << storage->where << '\n';
    if (RelayStorage *relay = (*storage)->asRelay()) {
        auto counts = relay->forwardCounts();
        if (!counts)
            return fail(ctx, counts.error());
        ctx.out << "relay_upstream=" << relay->relayUpstream() << '\n' << "relay_mirrored=" << (relay->isMirrored() ? 1 : 0)
                << '\n' << "forward_pending=" << counts->pending << '\n' << "forwarded=" << counts->forwarded << '\n'
                << "forward_rejected=" << counts->rejected << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

// new-epoch: after restoring the hub's data from a backup. Sequence numbers above the backup's head were seen by
// desktops with other content; a new epoch makes every desktop and relay resynchronise from a snapshot (keeping
// their outboxes) instead of trusting them.
int runNewEpoch(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return usage(ctx, "new-epoch (--data DIR | --db URL)");
    auto storage = openCentralStorage(ctx, false, tr("start a new epoch"));
    if (!storage)
        return fail(ctx, storage.error());
    auto epoch = (*storage)->newEpoch();
    if (!epoch)
        return fail(ctx, epoch.error());
    ctx.out << tr("New epoch: every desktop and relay will resynchronise from a snapshot at its next sync; their "
                  "outboxes are kept.") << '\n' << "epoch=" << *epoch << Qt::endl;
    return ExitOk;
}

int runCompact(Context &ctx)
{
    bool ok = false;
    const qint64 keep = ctx.parser.value(QStringLiteral("keep")).toLongLong(&ok);
    if (!ctx.args.isEmpty() || !ok || keep < 0)
        return usage(ctx, "compact --keep N (--data DIR | --db URL)");
    auto storage = openStorage(ctx, false);
    if (!storage)
        return fail(ctx, storage.error());
    auto floor = (*storage)->compact(keep);
    if (!floor)
        return fail(ctx, floor.error());
    ctx.out << tr("The log now starts after sequence %1; desktops behind it will resync from a snapshot.").arg(*floor)
            << '\n' << "floor=" << *floor << Qt::endl;
    return ExitOk;
}

} // namespace souffleur::hub
