// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub: the replication hub (docs/sync-protocol.md). Every command names its storage: --data DIR (SQLite)
// or --db postgresql://… (PostgreSQL, docs/hub-postgresql.md).
#include "BenchSync.h"

#include "bundle/BundleReader.h"
#include "hub/HubServer.h"
#include "hub/HubService.h"
#include "hub/PostgresHubStorage.h"
#include "hub/Publisher.h"
#include "hub/RelayMirror.h"
#include "hub/SqliteHubStorage.h"
#include "hub/Tokens.h"
#include "sync/SyncBundle.h"
#include "sync/SyncProtocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>
#include <QUuid>
#include <QTextStream>

#include <variant>

using namespace souffleur;
using namespace souffleur::hub;

namespace {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

QString tr(const char *text)
{
    return QCoreApplication::translate("souffleur-hub", text);
}

struct Context
{
    QCommandLineParser &parser;
    QStringList args;
    QTextStream &out;
    QTextStream &err;
};

int fail(Context &ctx, const Error &error)
{
    ctx.err << tr("error: ") << error.toString() << Qt::endl;
    return ExitFailure;
}

int usage(Context &ctx, const char *text)
{
    ctx.err << tr("usage: souffleur-hub ") << QLatin1String(text) << Qt::endl;
    return ExitUsage;
}

// The storage and where it is, for init and status (path=DIR/hub.sqlite or database=URL without password).
struct OpenedStorage
{
    std::unique_ptr<HubStorage> storage;
    QString where;
    HubStorage *operator->() const { return storage.get(); }
    HubStorage &operator*() const { return *storage; }
};

// A relay's folder mirrors the central hub: what would make it differ (publishing, its own users) is refused.
Error relayRefusal(const QString &upstream, const QString &what)
{
    return makeError(tr("This folder is a site relay of %1: %2 at the central hub; the relay copies it.").arg(upstream, what));
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
    const auto *lite = dynamic_cast<const SqliteHubStorage *>(storage.storage.get());
    return lite ? lite->relayUpstream() : QString();
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
    if (auto *lite = dynamic_cast<SqliteHubStorage *>(storage->storage.get()); lite && !lite->relayUpstream().isEmpty()) {
        auto counts = lite->forwardCounts();
        if (!counts)
            return fail(ctx, counts.error());
        ctx.out << "relay_upstream=" << lite->relayUpstream() << '\n' << "relay_mirrored=" << (lite->isMirrored() ? 1 : 0)
                << '\n' << "forward_pending=" << counts->pending << '\n' << "forwarded=" << counts->forwarded << '\n'
                << "forward_rejected=" << counts->rejected << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int runUser(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub == u"add" && ctx.args.size() == 2) {
        const auto role = roleFromString(ctx.parser.value(QStringLiteral("role")));
        if (!role)
            return usage(ctx, "user add NAME --role agent|lead|admin|relay (--data DIR | --db URL)");
        const QString name = ctx.args.at(1).trimmed();
        const QString site = ctx.parser.value(QStringLiteral("site")).trimmed();
        if (name.isEmpty() || (ctx.parser.isSet(QStringLiteral("site")) && site.isEmpty()))
            return usage(ctx, "user add NAME --role agent|lead|admin|relay [--site SITE] (--data DIR | --db URL)");
        auto storage = openCentralStorage(ctx, true, tr("add users"));
        if (!storage)
            return fail(ctx, storage.error());
        const QString token = newToken();
        if (auto r = (*storage)->addUser({name, *role, false, {}, site}, tokenHash(token)); !r)
            return fail(ctx, r.error());
        // The token is shown once and never stored in clear: the last line holds it alone, for scripts.
        ctx.out << tr("Added %1 (%2). Their token, shown only this once:").arg(name, roleToString(*role)) << '\n'
                << token << Qt::endl;
        return ExitOk;
    }
    if (sub == u"revoke" && ctx.args.size() == 2) {
        auto storage = openCentralStorage(ctx, false, tr("revoke users"));
        if (!storage)
            return fail(ctx, storage.error());
        auto revoked = (*storage)->revokeUser(ctx.args.at(1));
        if (!revoked)
            return fail(ctx, revoked.error());
        if (!*revoked)
            return fail(ctx, makeError(tr("No user named \"%1\".").arg(ctx.args.at(1))));
        ctx.out << tr("Revoked %1: their token is refused from now on.").arg(ctx.args.at(1)) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"list" && ctx.args.size() == 1) {
        auto storage = openStorage(ctx, false);
        if (!storage)
            return fail(ctx, storage.error());
        auto users = (*storage)->users();
        if (!users)
            return fail(ctx, users.error());
        for (const HubUser &u : std::as_const(*users))
            ctx.out << u.name << '\t' << roleToString(u.role) << '\t' << (u.revoked ? "revoked" : "active")
                    << (u.site.isEmpty() ? QString() : QLatin1Char('\t') + u.site) << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    return usage(ctx, "user add NAME --role agent|lead|admin|relay [--site SITE] | user revoke NAME | user list   (with --data DIR or --db URL)");
}

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

Result<QByteArray> siteKey(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("key-file")))
        return makeError(tr("Bundles are signed: give the site key with --key-file FILE."));
    return sync::readSiteKey(ctx.parser.value(QStringLiteral("key-file")));
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
            QJsonObject o{{QStringLiteral("seq"), c.seq}, {QStringLiteral("entity"), c.entity}, {QStringLiteral("id"), c.id},
                          {QStringLiteral("version"), c.version},
                          {QStringLiteral("op"), c.tombstone ? QStringLiteral("tombstone") : QStringLiteral("put")}};
            if (!c.payload.isEmpty())
                o.insert(QStringLiteral("data"), QJsonDocument::fromJson(c.payload).object());
            changes.append(o);
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
    // The same checks as POST /v1/outbox: each record judged alone, the valid ones stored in one transaction.
    const QStringList types = sync::outboxTypes();
    QList<OutboxRecord> valid;
    QStringList rejected;
    const QJsonArray records = body->value(QStringLiteral("records")).toArray();
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        const QUuid uuid = QUuid::fromString(r.value(QStringLiteral("uuid")).toString());
        const QJsonValue payload = r.value(QStringLiteral("payload"));
        if (uuid.isNull() || !types.contains(r.value(QStringLiteral("type")).toString()) || !payload.isObject()) {
            rejected.append(r.value(QStringLiteral("uuid")).toString());
            continue;
        }
        valid.append({uuid.toString(QUuid::WithoutBraces), r.value(QStringLiteral("type")).toString(),
                      sync::compact(payload.toObject()), r.value(QStringLiteral("created_at")).toString(), {}});
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("souffleur-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUFFLEUR_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Souffleur replication hub.\n\nCommands (each with --data DIR, or --db postgresql://USER@HOST[:PORT]/DBNAME):\n"
        "  init                               create an empty hub (new hub id and epoch)\n"
        "  status                             hub_id, epoch, head, floor, users, received, path= or database=\n"
        "  user add NAME --role agent|lead|admin|relay [--site SITE]   add a user; prints their token on the last\n"
        "                                     line, once. A relay with a site uploads only for that site's users\n"
        "  user revoke NAME                   refuse the user's token from now on\n"
        "  user list                          name, role, state, site\n"
        "  publish BUNDLE.json [--prune]      publish a knowledge bundle as new versions (--prune: tombstone\n"
        "                                     what the bundle no longer has)\n"
        "  serve --listen ADDR:PORT           serve the HTTP API (port 0: pick one; prints listening=ADDR:PORT)\n"
        "        [--tls-cert CERT.pem --tls-key KEY.pem]   HTTPS only, with this certificate and key\n"
        "  relay --upstream URL --token T --listen ADDR:PORT [--interval S] [--ca-file CA.pem]\n"
        "                                     a site relay (--data only): mirrors the upstream hub with its sequence\n"
        "                                     numbers, serves the site's desktops, forwards their uploads\n"
        "  review UUID --accept|--decline [--note TEXT]   a lead's decision on a received suggestion,\n"
        "                                     told back to the desktop that sent it\n"
        "  compact --keep N                   keep only the last N log entries\n"
        "  new-epoch                          after restoring a backup: desktops and relays resync\n"
        "  received                           the outbox records desktops uploaded: uuid, type, payload, user\n"
        "  export-changes --since SEQ OUT --key-file KEY   signed bundle of the log above SEQ (offline sites)\n"
        "  import-outbox FILE --key-file KEY  store the outbox records of a site's signed bundle\n"
        "  bench-sync [--articles N] [--outage S] [--connections N]   replication figures against hub processes\n"
        "                                     started in a temporary folder (no --data needed)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), tr("The hub's data folder (SQLite)."), QStringLiteral("DIR")},
        {QStringLiteral("db"), tr("The hub's PostgreSQL database: postgresql://user[:password]@host[:port]/dbname, or "
                                  "postgresql://user@/dbname?host=/socket/dir (the password is better in PGPASSWORD "
                                  "or ~/.pgpass)."), QStringLiteral("URL")},
        {QStringLiteral("role"), tr("user add: agent, lead, admin, or relay (a site relay's upstream token)."), QStringLiteral("ROLE")},
        {QStringLiteral("site"), tr("user add: the site the user works at, or the relay serves; a relay with a site forwards records only for that site's users."), QStringLiteral("SITE")},
        {QStringLiteral("upstream"), tr("relay: the central hub's URL (or another relay's)."), QStringLiteral("URL")},
        {QStringLiteral("token"), tr("relay: the upstream's token for this relay (role relay); default $SOUFFLEUR_TOKEN."), QStringLiteral("TOKEN")},
        {QStringLiteral("interval"), tr("relay: seconds between polls of the upstream (default 5)."), QStringLiteral("S")},
        {QStringLiteral("ca-file"), tr("relay: PEM certificate(s) of the CA of an https:// upstream, trusted in addition to the system's."), QStringLiteral("CA.pem")},
        {QStringLiteral("listen"), tr("serve: address and port, e.g. 127.0.0.1:8470."), QStringLiteral("ADDR:PORT")},
        {QStringLiteral("max-body"), tr("serve: largest request body in bytes (default 8 MiB)."), QStringLiteral("BYTES")},
        {QStringLiteral("tls-cert"), tr("serve: PEM certificate (then any intermediate CAs); with --tls-key, the hub speaks "
                                        "HTTPS only (TLS 1.2 or later)."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), tr("serve: the certificate's unencrypted PEM private key."), QStringLiteral("FILE")},
        {QStringLiteral("prune"), tr("publish: tombstone what the bundle no longer carries.")},
        {QStringLiteral("keep"), tr("compact: log entries to keep."), QStringLiteral("N")},
        {QStringLiteral("accept"), tr("review: accept the suggestion.")},
        {QStringLiteral("decline"), tr("review: decline the suggestion.")},
        {QStringLiteral("note"), tr("review: a note for the agent (why, what changed)."), QStringLiteral("TEXT")},
        {QStringLiteral("since"), tr("export-changes: the site's checkpoint."), QStringLiteral("SEQ")},
        {QStringLiteral("key-file"), tr("export-changes, import-outbox: the site key signing bundles."), QStringLiteral("FILE")},
        {QStringLiteral("articles"), tr("bench-sync: articles of the synthetic knowledge base (default 20000; 0: skip)."), QStringLiteral("N")},
        {QStringLiteral("outage"), tr("bench-sync: seconds the link is down (default 30)."), QStringLiteral("S")},
        {QStringLiteral("connections"), tr("bench-sync: concurrent polling connections (default 8)."), QStringLiteral("N")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = parser.positionalArguments();
    using Command = int (*)(Context &);
    const QMap<QString, Command> commands{
        {QStringLiteral("init"), runInit}, {QStringLiteral("status"), runStatus}, {QStringLiteral("user"), runUser},
        {QStringLiteral("publish"), runPublish}, {QStringLiteral("serve"), runServe}, {QStringLiteral("relay"), runRelay},
        {QStringLiteral("compact"), runCompact}, {QStringLiteral("review"), runReview}, {QStringLiteral("new-epoch"), runNewEpoch}, {QStringLiteral("received"), runReceived},
        {QStringLiteral("export-changes"), runExportChanges}, {QStringLiteral("import-outbox"), runImportOutbox},
    };
    if (args.isEmpty() || (!commands.contains(args.constFirst()) && args.constFirst() != u"bench-sync")) {
        err << (args.isEmpty() ? tr("error: no command given") : tr("error: unknown command \"%1\"").arg(args.constFirst()))
            << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    if (args.constFirst() == u"bench-sync")
        return args.size() == 1 ? runBenchSync(parser, out, err) : ExitUsage;
    if (parser.isSet(QStringLiteral("data")) == parser.isSet(QStringLiteral("db"))) {
        err << (parser.isSet(QStringLiteral("data"))
                    ? tr("error: give either --data DIR or --db URL, not both")
                    : tr("error: every command needs --data DIR (the hub's data folder) or --db URL (its PostgreSQL database)"))
            << Qt::endl;
        return ExitUsage;
    }
    const QString command = args.takeFirst();
    Context ctx{parser, args, out, err};
    return commands.value(command)(ctx);
}
