// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub serve and relay: the HTTP API of a central hub, and a site relay mirroring one.
#include "HubCommand.h"

#include "hub/GuardedHubStorage.h"
#include "hub/HubServer.h"
#include "hub/HubService.h"
#include "hub/PostgresHubStorage.h"
#include "hub/RelayMirror.h"
#include "hub/SqliteHubStorage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>

namespace souffleur::hub {

namespace {

// What serve and relay share: where to listen, the body limit and TLS.
struct ServeOptions
{
    QString host;
    QHostAddress address;
    quint16 port = 0;
    HubLimits limits;
    bool withTls = false;
    std::optional<QSslConfiguration> tls;  // set by loadTls() when withTls
    std::chrono::milliseconds dbTimeout{15000};
};

// The options, or a usage error: its message is the usage line to show (exit code 2).
Result<ServeOptions> serveOptions(const Context &ctx, const char *usageText)
{
    const auto usageError = [](const char *text) { return makeError(QLatin1String(text)); };
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
        return usageError(usageText);
    if (ctx.parser.isSet(QStringLiteral("max-body"))) {
        bool ok = false;
        o.limits.maxBody = ctx.parser.value(QStringLiteral("max-body")).toLongLong(&ok);
        if (!ok || o.limits.maxBody < 1024)
            return usageError("serve --max-body BYTES (at least 1024)");
    }
    if (ctx.parser.isSet(QStringLiteral("db-timeout"))) {
        bool ok = false;
        const double seconds = ctx.parser.value(QStringLiteral("db-timeout")).toDouble(&ok);
        if (!ok || seconds < 0.5 || seconds > 3600)
            return usageError("serve --db URL --db-timeout S (0.5 to 3600 seconds)");
        o.dbTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    o.withTls = ctx.parser.isSet(QStringLiteral("tls-cert"));
    if (o.withTls != ctx.parser.isSet(QStringLiteral("tls-key")))
        return usageError("serve --tls-cert CERT.pem --tls-key KEY.pem   (both or neither)");
    return o;
}

// Loads --tls-cert and --tls-key when given, before anything else starts, or says why they cannot serve. A
// certificate outside its validity period would be refused by every desktop and relay: a warning, or with
// --strict a refusal to start.
Result<void> loadTls(Context &ctx, ServeOptions &o)
{
    if (!o.withTls)
        return {};
    const QString certificateFile = ctx.parser.value(QStringLiteral("tls-cert"));
    auto configuration = HubServer::tlsConfiguration(certificateFile, ctx.parser.value(QStringLiteral("tls-key")));
    if (!configuration)
        return configuration.error();
    const QSslCertificate certificate = configuration->localCertificate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString problem;
    if (certificate.expiryDate() < now)
        problem = tr("The certificate %1 expired on %2: desktops and relays will refuse to connect.")
                      .arg(certificateFile, certificate.expiryDate().toUTC().toString(Qt::ISODate));
    else if (certificate.effectiveDate() > now)
        problem = tr("The certificate %1 is not valid before %2: desktops and relays will refuse to connect until then.")
                      .arg(certificateFile, certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    if (!problem.isEmpty()) {
        if (ctx.parser.isSet(QStringLiteral("strict")))
            return makeError(problem);
        ctx.err << tr("warning: ") << problem << Qt::endl;
    }
    o.tls = *configuration;
    return {};
}

// The storage `serve` answers from. A PostgreSQL one runs behind a GuardedHubStorage, so that a stalled database
// is answered 503 within --db-timeout rather than freezing the hub.
Result<OpenedStorage> openServedStorage(Context &ctx, const ServeOptions &o)
{
    if (!ctx.parser.isSet(QStringLiteral("db")))
        return openStorage(ctx, false);
    const QString url = ctx.parser.value(QStringLiteral("db"));
    QString where;
    auto guarded = GuardedHubStorage::open([&url, &where]() -> Result<std::unique_ptr<PostgresHubStorage>> {
        auto pg = PostgresHubStorage::open(url, false);
        if (pg)
            where = QStringLiteral("database=") + (*pg)->location();
        return pg;
    }, o.dbTimeout);
    if (!guarded)
        return guarded.error();
    return OpenedStorage{std::move(*guarded), where};
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
    if (!parsed)
        return usage(ctx, parsed.error().message);
    ServeOptions &o = *parsed;
    if (auto tls = loadTls(ctx, o); !tls)
        return fail(ctx, tls.error());
    auto storage = openServedStorage(ctx, o);
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
    if (!parsed)
        return usage(ctx, parsed.error().message);
    ServeOptions &o = *parsed;
    if (auto tls = loadTls(ctx, o); !tls)
        return fail(ctx, tls.error());
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
