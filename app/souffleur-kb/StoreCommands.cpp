// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb commands over the content of a store: init, import, import-tickets, export, status, search.
#include "KbCommand.h"

#include "bundle/BundleImporter.h"
#include "bundle/BundleWriter.h"
#include "bundle/DemoKnowledge.h"
#include "bundle/TicketCsvImporter.h"
#include "search/SearchService.h"
#include "store/ContentRepository.h"
#include "store/Store.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace souffleur::kb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("souffleur-kb", text);
}

int fail(Context &ctx, const Error &error)
{
    ctx.err << tr("error: ") << error.toString() << Qt::endl;
    return ExitFailure;
}

bool needArgs(Context &ctx, int count, const char *usage)
{
    if (ctx.args.size() == count)
        return true;
    ctx.err << tr("usage: souffleur-kb [--store PATH] ") << QLatin1String(usage) << Qt::endl;
    return false;
}

Result<std::unique_ptr<Store>> openExisting(Context &ctx)
{
    Store::Options options;
    options.createIfMissing = false;
    return Store::open(ctx.storePath, options);
}

// For the commands that only read (status, search, export): the file is opened read-only, so that a wrong --store
// path, an empty file or an older store is reported and never turned into or upgraded to a store.
Result<std::unique_ptr<Store>> openReadOnly(Context &ctx)
{
    Store::Options options;
    options.createIfMissing = false;
    options.readOnly = true;
    return Store::open(ctx.storePath, options);
}

} // namespace

int runInit(Context &ctx)
{
    if (!needArgs(ctx, 0, "init [--demo]"))
        return ExitUsage;
    const bool existed = QFileInfo::exists(ctx.storePath);
    auto store = DemoKnowledge::openOrCreate(ctx.storePath, ctx.parser.isSet(QStringLiteral("demo")));
    if (!store)
        return fail(ctx, store.error());
    auto counts = ContentRepository(**store).counts();
    ctx.out << (existed ? tr("Opened existing store %1") : tr("Created store %1")).arg((*store)->path()) << Qt::endl;
    if (counts)
        ctx.out << tr("%1 categories, %2 tickets").arg(counts->value(QStringLiteral("categories")))
                       .arg(counts->value(QStringLiteral("tickets"))) << Qt::endl;
    return ExitOk;
}

int runImport(Context &ctx)
{
    if (!needArgs(ctx, 1, "import BUNDLE.json"))
        return ExitUsage;
    auto store = Store::open(ctx.storePath);
    if (!store)
        return fail(ctx, store.error());
    auto report = BundleImporter::importFile(**store, ctx.args.constFirst());
    if (!report)
        return fail(ctx, report.error());
    ctx.out << report->summary() << Qt::endl;
    return ExitOk;
}

int runImportTickets(Context &ctx)
{
    if (!needArgs(ctx, 1, "import-tickets TICKETS.csv"))
        return ExitUsage;
    auto store = openExisting(ctx);
    if (!store)
        return fail(ctx, store.error());
    auto report = TicketCsvImporter::importFile(**store, ctx.args.constFirst());
    if (!report)
        return fail(ctx, report.error());
    ctx.out << tr("%1 tickets added, %2 already known").arg(report->ticketsAdded).arg(report->ticketsKnown) << Qt::endl;
    return ExitOk;
}

int runExport(Context &ctx)
{
    if (!needArgs(ctx, 1, "export BUNDLE.json"))
        return ExitUsage;
    auto store = openReadOnly(ctx);
    if (!store)
        return fail(ctx, store.error());
    auto kb = ContentRepository(**store).knowledgeBase();
    if (!kb)
        return fail(ctx, kb.error());
    if (auto r = BundleWriter::writeFile(*kb, ctx.args.constFirst()); !r)
        return fail(ctx, r.error());
    ctx.out << tr("Exported %1 categories, %2 items and %3 tickets to %4")
                   .arg(kb->categories.size()).arg(kb->items.size()).arg(kb->tickets.size()).arg(ctx.args.constFirst())
            << Qt::endl;
    return ExitOk;
}

int runStatus(Context &ctx)
{
    if (!needArgs(ctx, 0, "status"))
        return ExitUsage;
    auto store = openReadOnly(ctx);
    if (!store)
        return fail(ctx, store.error());
    ContentRepository repo(**store);
    auto counts = repo.counts();
    auto hash = repo.contentHash();
    if (!counts)
        return fail(ctx, counts.error());
    if (!hash)
        return fail(ctx, hash.error());
    ctx.out << "store=" << (*store)->path() << '\n'
            << "schema_version=" << (*store)->schemaVersion() << '\n'
            << "default_locale=" << repo.defaultLocale() << '\n'
            << "locales=" << repo.locales().join(QLatin1Char(',')) << '\n';
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        ctx.out << (it.key().contains(QLatin1Char('.')) ? QStringLiteral("items.") : QString()) << it.key() << '=' << it.value() << '\n';
    ctx.out << "content_hash=" << *hash << '\n';
    auto checkpoint = sync::checkpoint(**store);
    auto pending = sync::pendingOutbox(**store);
    if (!checkpoint || !pending)
        return fail(ctx, !checkpoint ? checkpoint.error() : pending.error());
    ctx.out << "checkpoint=" << *checkpoint << '\n' << "outbox=" << *pending << Qt::endl;
    return ExitOk;
}

int runSearch(Context &ctx)
{
    if (!needArgs(ctx, 1, "search \"QUERY\" [--locale L] [--limit N]"))
        return ExitUsage;
    auto store = openReadOnly(ctx);
    if (!store)
        return fail(ctx, store.error());
    SearchQuery query;
    query.text = ctx.args.constFirst();
    query.locale = ctx.parser.value(QStringLiteral("locale"));
    bool ok = true;
    if (ctx.parser.isSet(QStringLiteral("limit")))
        query.limit = ctx.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 1) {
        ctx.err << tr("error: --limit takes a whole number of at least 1") << Qt::endl;
        return ExitUsage;
    }
    auto hits = SearchService(**store).search(query);
    if (!hits)
        return fail(ctx, hits.error());
    for (const SearchHit &h : std::as_const(*hits))
        ctx.out << kindToString(h.kind) << '\t' << h.id << '\t' << h.locale << '\t' << h.title << '\t'
                << QString::number(h.score, 'f', 3) << '\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace souffleur::kb
