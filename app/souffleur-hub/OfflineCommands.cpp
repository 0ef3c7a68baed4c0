// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub received, export-changes and import-outbox: what desktops sent, and the signed bundles that
// carry the log and the outboxes of a site with no link (docs/sync-protocol.md).
#include "HubCommand.h"

#include "hub/HubService.h"

#include "sync/SyncBundle.h"
#include "sync/SyncProtocol.h"
#include "sync/WireMessages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace souffleur::hub {

namespace {

Result<QByteArray> siteKey(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("key-file")))
        return makeError(tr("Bundles are signed: give the site key with --key-file FILE."));
    return sync::readSiteKey(ctx.parser.value(QStringLiteral("key-file")));
}

} // namespace

int runReceived(Context &ctx)
{
    auto storage = openStorage(ctx, false);
    if (!storage)
        return fail(ctx, storage.error());
    auto records = (*storage)->received();
    if (!records)
        return fail(ctx, records.error());
    for (const OutboxRecord &r : std::as_const(*records))
        ctx.out << r.uuid << '\t' << r.type << '\t' << QString::fromUtf8(r.payload) << '\t' << r.user << '\n';
    ctx.out.flush();
    return ExitOk;
}

// export-changes --since SEQ OUT: the log above SEQ, signed, for a site with no link (docs/sync-protocol.md).
int runExportChanges(Context &ctx)
{
    bool ok = false;
    const qint64 since = ctx.parser.value(QStringLiteral("since")).toLongLong(&ok);
    if (ctx.args.size() != 1 || !ok || since < 0)
        return usage(ctx, "export-changes --since SEQ OUT --key-file KEY --data DIR");
    auto key = siteKey(ctx);
    if (!key)
        return fail(ctx, key.error());
    auto storage = openStorage(ctx, false);
    if (!storage)
        return fail(ctx, storage.error());
    auto info = (*storage)->info();
    if (!info)
        return fail(ctx, info.error());
    if (since < info->floor)
        return fail(ctx, makeError(tr("The log starts after sequence %1 and no longer reaches %2; the site needs a "
                                      "full resync (online).").arg(info->floor).arg(since)));
    if (since > info->head)
        return fail(ctx, makeError(tr("Sequence %1 is ahead of this hub's head %2.").arg(since).arg(info->head)));
    QJsonArray changes;
    qint64 at = since;
    qint64 head = info->head;
    while (at < head) {
        auto page = (*storage)->changes(at, 5000);
        if (!page)
            return fail(ctx, page.error());
        if (page->changes.isEmpty())
            break;
        for (const LogChange &c : std::as_const(page->changes)) {
            changes.append(sync::wire::toJsonObject(c, sync::wire::ChangeForm::Feed));
            at = c.seq;
        }
    }
    QSaveFile file(ctx.args.constFirst());
    if (!file.open(QIODevice::WriteOnly))
        return fail(ctx, makeError(tr("Cannot write %1: %2").arg(ctx.args.constFirst(), file.errorString())));
    file.write(sync::signBundle({{QStringLiteral("hub_id"), info->hubId}, {QStringLiteral("epoch"), info->epoch},
                                 {QStringLiteral("from_seq"), since}, {QStringLiteral("to_seq"), at},
                                 {QStringLiteral("changes"), changes}},
                                sync::bundleKind::changes(), *key));
    if (!file.commit())
        return fail(ctx, makeError(tr("Cannot write %1: %2").arg(ctx.args.constFirst(), file.errorString())));
    ctx.out << tr("Wrote changes %1..%2 (%3 change(s)) to %4.").arg(since + 1).arg(at).arg(changes.size()).arg(ctx.args.constFirst())
            << '\n' << "from_seq=" << since << '\n' << "to_seq=" << at << Qt::endl;
    return ExitOk;
}

// import-outbox FILE: outbox records a site exported; stored once per UUID, so importing twice changes nothing.
int runImportOutbox(Context &ctx)
{
    if (ctx.args.size() != 1)
        return usage(ctx, "import-outbox FILE --key-file KEY --data DIR");
    auto key = siteKey(ctx);
    if (!key)
        return fail(ctx, key.error());
    QFile in(ctx.args.constFirst());
    if (!in.open(QIODevice::ReadOnly))
        return fail(ctx, makeError(tr("Cannot read %1: %2").arg(ctx.args.constFirst(), in.errorString())));
    auto body = sync::readSignedBundle(in.readAll(), sync::bundleKind::outbox(), *key);
    if (!body)
        return fail(ctx, body.error());
    auto storage = openStorage(ctx, false);
    if (!storage)
        return fail(ctx, storage.error());
    // The same checks as POST /v1/outbox (the wire codec's): each record judged alone, the valid ones stored in one
    // transaction.
    QList<OutboxRecord> valid;
    QStringList rejected;
    const QJsonArray records = body->value(QStringLiteral("records")).toArray();
    for (const QJsonValue &v : records) {
        auto r = sync::wire::outboxRecordFromJson(v, {HubLimits{}.maxRecordPayload, false});
        if (!r) {
            rejected.append(v.toObject().value(QStringLiteral("uuid")).toString() + QLatin1Char(' ') + r.error().message);
            continue;
        }
        valid.append({sync::wire::canonicalUuid(r->uuid), r->type, sync::compact(r->payload.toObject()), r->createdAt, {}});
    }
    const QString site = body->value(QStringLiteral("site")).toString();
    auto receipts = (*storage)->receive(site.isEmpty() ? QStringLiteral("(bundle)") : QStringLiteral("(bundle) ") + site, valid);
    if (!receipts)
        return fail(ctx, receipts.error());
    int accepted = 0;
    for (const Receipt &r : std::as_const(*receipts))
        accepted += r.status == ReceiptStatus::Accepted ? 1 : 0;
    ctx.out << tr("Imported %1: %2 new record(s), %3 already received, %4 rejected.")
                   .arg(ctx.args.constFirst()).arg(accepted).arg(receipts->size() - accepted).arg(rejected.size())
            << '\n' << "accepted=" << accepted << '\n' << "duplicate=" << receipts->size() - accepted << '\n'
            << "rejected=" << rejected.size() << Qt::endl;
    if (!rejected.isEmpty())
        ctx.err << tr("Rejected (invalid uuid, type or payload): ") << rejected.join(QStringLiteral(", ")) << Qt::endl;
    return rejected.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace souffleur::hub
