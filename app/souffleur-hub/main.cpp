// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub: the replication hub (docs/sync-protocol.md). Every command names its storage: --data DIR (SQLite)
// or --db postgresql://… (PostgreSQL, docs/hub-postgresql.md).
#include "BenchSync.h"
#include "HubCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

using namespace souffleur;
using namespace souffleur::hub;

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
        "        [--tls-cert CERT.pem --tls-key KEY.pem [--strict]]   HTTPS only, with this certificate and key\n"
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
        "                                     started in a temporary folder (no --data needed)\n"
        "  bench-sync --db URL [--articles N] the synthetic first syncs against a hub in that empty PostgreSQL\n"
        "                                     database"));
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
        {QStringLiteral("db-timeout"), tr("serve --db: seconds the database may go without answering before requests are "
                                          "answered 503 (default 15)."), QStringLiteral("S")},
        {QStringLiteral("max-body"), tr("serve: largest request body in bytes (default 8 MiB)."), QStringLiteral("BYTES")},
        {QStringLiteral("tls-cert"), tr("serve: PEM certificate (then any intermediate CAs); with --tls-key, the hub speaks "
                                        "HTTPS only (TLS 1.2 or later)."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), tr("serve: the certificate's unencrypted PEM private key."), QStringLiteral("FILE")},
        {QStringLiteral("strict"), tr("serve, relay: refuse to start with a certificate that has expired or is not valid yet "
                                      "(without it: a warning).")},
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
