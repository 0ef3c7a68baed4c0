// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub serve and relay: the HTTP API of a central hub, and a site relay mirroring one.
#include "HubCommand.h"

#include "hub/HubServer.h"
#include "hub/HubService.h"
#include "hub/RelayMirror.h"
#include "hub/SqliteHubStorage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

#include <variant>

namespace souffleur::hub {

namespace {

// What serve and relay share: where to listen, the body limit and TLS.
struct ServeOptions
{
    QString host;
    QHostAddress address;
    quint16 port = 0;
    HubLimits limits;
    std::optional<QSslConfiguration> tls;
};

// The options, or the exit code of a usage error or an unusable certificate (already reported).
std::variant<ServeOptions, int> serveOptions(Context &ctx, const char *usageText)
{
    ServeOptions o;
    const QString listen = ctx.parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    o.host = colon > 0 ? listen.left(colon) : QStringLiteral("127.0.0.1");
    if (o.host.startsWith(QLatin1Char('[')) && o.host.endsWith(QLatin1Char(']')))
        o.host = o.host.mid(1, o.host.size() - 2);
    o.address = QHostAddress(o.host);
    o.port = quint16(port);
    if (!ctx.args.isEmpty() || colon < 0 || !portOk || port > 65535 || o.address.isNull())
        return usage(ctx, usageText);
    if (ctx.parser.isSet(QStringLiteral("max-body"))) {
        bool ok = false;
        o.limits.maxBody = ctx.parser.value(QStringLiteral("max-body")).toLongLong(&ok);
        if (!ok || o.limits.maxBody < 1024)
            return usage(ctx, "serve --max-body BYTES (at least 1024)");
    }
    const bool withCert = ctx.parser.isSet(QStringLiteral("tls-cert"));
    if (withCert != ctx.parser.isSet(QStringLiteral("tls-key")))
        return usage(ctx, "serve --tls-cert CERT.pem --tls-key KEY.pem   (both or neither)");
    if (withCert) {
        auto configuration = HubServer::tlsConfiguration(ctx.parser.value(QStringLiteral("tls-cert")),
                                                         ctx.parser.value(QStringLiteral("tls-key")));
        if (!configuration)
            return fail(ctx, configuration.error());
        o.tls = *configuration;
    }
    return o;
}

Result<quint16> listenOn(Context &ctx, HubServer &server, const ServeOptions &o)
{
    if (o.tls)
        server.setTls(*o.tls);
    auto bound = server.start(o.address, o.port);
    if (!bound)
        return bound;
    const QString shown = o.address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + o.host + u']' : o.host;
    ctx.out << "listening=" << shown << ':' << *bound << Qt::endl;
    return bound;
}

} // namespace

int runServe(Context &ctx)
{
    auto parsed = serveOptions(ctx, "serve --listen ADDRESS:PORT (--data DIR | --db URL)   (port 0: any free port)");
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const ServeOptions &o = std::get<ServeOptions>(parsed);
    auto storage = openStorage(ctx, false);
    if (!storage)
        return fail(ctx, storage.error());
    if (const QString upstream = relayUpstreamOf(*storage); !upstream.isEmpty())
        return fail(ctx, makeError(tr("This folder is a site relay of %1; start it with `souffleur-hub relay`.").arg(upstream)));
    HubService service(**storage, o.limits);
    HubServer server(service);
    if (auto bound = listenOn(ctx, server, o); !bound)
        return fail(ctx, bound.error());
    return QCoreApplication::exec();
}

// relay: a site relay (docs/sync-protocol.md, "Site relay"). It serves its desktops from its mirror whether or not
// the upstream answers; on a first start it listens only once it holds a first copy, so that no desktop ever
// mistakes an empty relay for its hub.
int runRelay(Context &ctx)
{
    const char *usageText = "relay --upstream URL [--token T | $SOUFFLEUR_TOKEN] --listen ADDR:PORT --data DIR "
                            "[--interval S] [--ca-file CA.pem] [--tls-cert CERT.pem --tls-key KEY.pem]";
    if (ctx.parser.isSet(QStringLiteral("db")))
        return fail(ctx, makeError(tr("A relay keeps its mirror in a folder (--data DIR), not in PostgreSQL.")));
    auto parsed = serveOptions(ctx, usageText);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const ServeOptions &o = std::get<ServeOptions>(parsed);
    RelayOptions relay;
    relay.upstream = QUrl(ctx.parser.value(QStringLiteral("upstream")));
    relay.token = ctx.parser.isSet(QStringLiteral("token")) ? ctx.parser.value(QStringLiteral("token"))
                                                           : qEnvironmentVariable("SOUFFLEUR_TOKEN");
    if (!relay.upstream.isValid() || (relay.upstream.scheme() != u"http" && relay.upstream.scheme() != u"https")
        || relay.upstream.host().isEmpty())
        return usage(ctx, usageText);
    if (relay.token.isEmpty())
        return fail(ctx, makeError(tr("The relay needs a token of the upstream hub with the relay role (--token or "
                                      "SOUFFLEUR_TOKEN); create one there with `souffleur-hub user add SITE --role relay`.")));
    if (ctx.parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const double seconds = ctx.parser.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600)
            return usage(ctx, "relay --interval S (0.1 to 3600 seconds between polls of the upstream)");
        relay.intervalMs = int(seconds * 1000);
    }
    if (ctx.parser.isSet(QStringLiteral("ca-file"))) {
        QFile file(ctx.parser.value(QStringLiteral("ca-file")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ctx, makeError(tr("Cannot read the CA file %1: %2").arg(file.fileName(), file.errorString())));
        relay.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (relay.caCertificates.isEmpty())
            return fail(ctx, makeError(tr("%1 holds no PEM certificate.").arg(file.fileName())));
    }
    auto storage = SqliteHubStorage::open(ctx.parser.value(QStringLiteral("data")), true);
    if (!storage)
        return fail(ctx, storage.error());
    SqliteHubStorage &lite = **storage;
    if (lite.relayUpstream().isEmpty()) {
        auto info = lite.info();
        if (!info)
            return fail(ctx, info.error());
        if (info->head > 0)
            return fail(ctx, makeError(tr("%1 holds a central hub with content, not a relay; give the relay a folder of its own.")
                                           .arg(lite.path())));
    }
    if (auto r = lite.setRelayUpstream(relay.upstream.toString()); !r)
        return fail(ctx, r.error());

    HubService service(lite, o.limits);
    service.setRelay(true);
    HubServer server(service);
    RelayMirror mirror(lite, relay);
    service.setUploadObserver([&mirror] { mirror.poke(); });
    bool listening = false;
    int exitCode = ExitOk;
    auto listen = [&] {
        listening = true;
        if (auto bound = listenOn(ctx, server, o); !bound) {
            exitCode = fail(ctx, bound.error());
            QCoreApplication::exit(exitCode);
        }
    };
    if (lite.isMirrored()) {
        listen();
    } else {
        ctx.err << tr("Waiting for a first copy of %1 before serving desktops…").arg(relay.upstream.toString()) << Qt::endl;
        QObject::connect(&mirror, &RelayMirror::cycleFinished, &mirror, [&](bool, const QString &) {
            if (!listening && lite.isMirrored())
                listen();
        });
    }
    mirror.start();
    const int code = QCoreApplication::exec();
    return exitCode != ExitOk ? exitCode : code;
}

} // namespace souffleur::hub
