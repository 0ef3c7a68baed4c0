// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub publish and review: what the hub's content is, and leads' answers to received suggestions.
#include "HubCommand.h"

#include "bundle/BundleReader.h"
#include "hub/Publisher.h"

namespace souffleur::hub {

int runPublish(Context &ctx)
{
    if (ctx.args.size() != 1)
        return usage(ctx, "publish BUNDLE.json [--prune] (--data DIR | --db URL)");
    auto kb = BundleReader::readFile(ctx.args.constFirst());
    if (!kb)
        return fail(ctx, kb.error());
    auto storage = openCentralStorage(ctx, true, tr("publish"));
    if (!storage)
        return fail(ctx, storage.error());
    auto result = Publisher::publish(**storage, *kb, {ctx.parser.isSet(QStringLiteral("prune"))}, QStringLiteral("(command line)"));
    if (!result)
        return fail(ctx, result.error());
    auto info = (*storage)->info();
    ctx.out << tr("Published %1: %2").arg(ctx.args.constFirst(), result->summary()) << '\n'
            << "head=" << (info ? info->head : result->toSeq) << Qt::endl;
    return ExitOk;
}

// review UUID --accept|--decline [--note TEXT]: a lead's decision on a received suggestion, which the desktop that
// sent it learns at its next sync (POST /v1/outcomes).
int runReview(Context &ctx)
{
    const bool accept = ctx.parser.isSet(QStringLiteral("accept"));
    if (ctx.args.size() != 1 || accept == ctx.parser.isSet(QStringLiteral("decline")))
        return usage(ctx, "review UUID --accept|--decline [--note TEXT] (--data DIR | --db URL)");
    auto storage = openCentralStorage(ctx, false, tr("review suggestions"));
    if (!storage)
        return fail(ctx, storage.error());
    const QString outcome = accept ? QStringLiteral("accepted") : QStringLiteral("declined");
    auto found = (*storage)->review(ctx.args.constFirst(), outcome, ctx.parser.value(QStringLiteral("note")).trimmed(),
                                    QStringLiteral("(command line)"));
    if (!found)
        return fail(ctx, found.error());
    if (!*found)
        return fail(ctx, makeError(tr("No received record %1 (see `souffleur-hub received`).").arg(ctx.args.constFirst())));
    ctx.out << tr("Recorded: %1 %2; the desktop that sent it will show it after its next sync.").arg(ctx.args.constFirst(), outcome)
            << '\n' << "outcome=" << outcome << Qt::endl;
    return ExitOk;
}

} // namespace souffleur::hub
