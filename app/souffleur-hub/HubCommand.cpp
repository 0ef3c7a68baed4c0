// SPDX-License-Identifier: GPL-3.0-or-later
// What the souffleur-hub commands share: messages, exit codes and opening the storage a command names.
#include "HubCommand.h"

#include "hub/PostgresHubStorage.h"
#include "hub/RelayStorage.h"
#include "hub/SqliteHubStorage.h"

#include <QCoreApplication>

namespace souffleur::hub {

namespace {

// A relay's folder mirrors the central hub: what would make it differ (publishing, its own users) is refused.
Error relayRefusal(const QString &upstream, const QString &what)
{
    return makeError(tr("This folder is a site relay of %1: %2 at the central hub; the relay copies it.").arg(upstream, what));
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("souffleur-hub", text);
}

int fail(Context &ctx, const Error &error)
{
    ctx.err << tr("error: ") << error.toString() << Qt::endl;
    return ExitFailure;
}

int usage(Context &ctx, const char *text)
{
    return usage(ctx, QString(QLatin1String(text)));
}

int usage(Context &ctx, const QString &text)
{
    ctx.err << tr("usage: souffleur-hub ") << text << Qt::endl;
    return ExitUsage;
}

Result<OpenedStorage> openStorage(Context &ctx, bool create)
{
    if (ctx.parser.isSet(QStringLiteral("db"))) {
        auto pg = PostgresHubStorage::open(ctx.parser.value(QStringLiteral("db")), create);
        if (!pg)
            return pg.error();
        const QString where = QStringLiteral("database=") + (*pg)->location();
        return OpenedStorage{std::move(*pg), where};
    }
    auto lite = SqliteHubStorage::open(ctx.parser.value(QStringLiteral("data")), create);
    if (!lite)
        return lite.error();
    const QString where = QStringLiteral("path=") + (*lite)->path();
    return OpenedStorage{std::move(*lite), where};
}

// The upstream's URL when the storage is a site relay's folder, else empty.
QString relayUpstreamOf(const OpenedStorage &storage)
{
    const RelayStorage *relay = storage->asRelay();
    return relay ? relay->relayUpstream() : QString();
}

// The storage of a central hub, for what only a central hub does (`what`, as the refusal says it for a relay).
Result<OpenedStorage> openCentralStorage(Context &ctx, bool create, const QString &what)
{
    auto storage = openStorage(ctx, create);
    if (!storage)
        return storage;
    if (const QString upstream = relayUpstreamOf(*storage); !upstream.isEmpty())
        return relayRefusal(upstream, what);
    return storage;
}

} // namespace souffleur::hub
