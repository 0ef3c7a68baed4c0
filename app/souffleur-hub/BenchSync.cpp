// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-hub bench-sync: replication figures against a real hub process on 127.0.0.1 (docs/sync-protocol.md,
// "Sync benchmark"). Prints key=value lines.
#include "BenchSync.h"

#include "FaultProxy.h"
#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/DemoKnowledge.h"
#include "hub/PostgresHubStorage.h"
#include "hub/Publisher.h"
#include "hub/SqliteHubStorage.h"
#include "hub/Tokens.h"
#include "store/Store.h"
#include "sync/Gzip.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace souffleur::hub {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("souffleur-hub", text);
}

// A hub the bench starts: in a folder of the temporary directory (SQLite), or in the database of --db.
struct Hub
{
    QString data;
    QString db;
    QString token;
    QString epoch;
    QProcess process;
    quint16 port = 0;
};

Result<std::unique_ptr<HubStorage>> openHub(const Hub &hub, bool create)
{
    if (!hub.db.isEmpty()) {
        auto pg = PostgresHubStorage::open(hub.db, create);
        if (!pg)
            return pg.error();
        return std::unique_ptr<HubStorage>(std::move(*pg));
    }
    auto lite = SqliteHubStorage::open(hub.data, create);
    if (!lite)
        return lite.error();
    return std::unique_ptr<HubStorage>(std::move(*lite));
}

Result<void> publish(const Hub &hub, const KnowledgeBase &kb)
{
    auto storage = openHub(hub, true);
    if (!storage)
        return storage.error();
    auto r = Publisher::publish(**storage, kb, {false}, QStringLiteral("(bench)"));
    if (!r)
        return r.error();
    return {};
}

Result<void> startHub(Hub &hub, const KnowledgeBase &kb)
{
    // Figures over a database that already holds content would measure that content too.
    if (!hub.db.isEmpty() && PostgresHubStorage::open(hub.db, false))
        return makeError(tr("The database of --db already holds a hub; bench-sync needs an empty database (createdb) "
                            "and fills it with synthetic content."));
    auto storage = openHub(hub, true);
    if (!storage)
        return storage.error();
    hub.token = newToken();
    if (auto r = (*storage)->addUser({QStringLiteral("bench"), Role::Agent, false, {}, {}}, tokenHash(hub.token)); !r)
        return r;
    hub.epoch = (*storage)->info()->epoch;
    storage->reset();
    if (auto r = publish(hub, kb); !r)
        return r;
    hub.process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       hub.db.isEmpty() ? QStringLiteral("--data") : QStringLiteral("--db"),
                       hub.db.isEmpty() ? hub.data : hub.db});
    if (!hub.process.waitForStarted() || !hub.process.waitForReadyRead(30000))
        return makeError(tr("The hub process did not start."));
    const QString line = QString::fromUtf8(hub.process.readLine()).trimmed();
    hub.port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
    if (hub.port == 0)
        return makeError(tr("The hub process said \"%1\".").arg(line));
    return {};
}

sync::SyncOptions options(const FaultProxy &proxy, const Hub &hub)
{
    sync::SyncOptions o;
    o.hub = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    o.token = hub.token;
    return o;
}

// The bytes both ways of one sync pass through the proxy.
Result<qint64> measuredPass(Store &store, FaultProxy &proxy, const Hub &hub, sync::SyncOptions o = {})
{
    if (o.token.isEmpty())
        o = options(proxy, hub);
    proxy.resetCounters();
    const sync::SyncOutcome outcome = sync::SyncEngine::runBlocking(store, o);
    if (!outcome.ok())
        return makeError(outcome.message);
    return proxy.bytesUp() + proxy.bytesDown();
}

// Answers no-change polls as fast as one connection can; counts them.
void pollLoop(quint16 port, const QByteArray &request, qint64 deadlineMs, std::atomic<qint64> *count)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return;
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer;
    while (clock.elapsed() < deadlineMs) {
        socket.write(request);
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0 ? 0 : head.mid(at + 15).split('\r').value(0).trimmed().toLongLong();
                if (buffer.size() >= end + 4 + length) {
                    buffer.remove(0, end + 4 + length);
                    break;
                }
            }
            if (!socket.waitForReadyRead(5000))
                return;
            buffer += socket.readAll();
        }
        ++*count;
    }
}

// The demo knowledge base: first sync, no-change poll, one changed article, outage, polls per second.
Result<void> benchDemo(const QTemporaryDir &dir, int outage, int connections, QTextStream &out)
{
    auto demo = BundleReader::readFile(DemoKnowledge::resourcePath());
    if (!demo)
        return demo.error();
    Hub hub;
    hub.data = dir.filePath(QStringLiteral("hub"));
    if (auto r = startHub(hub, *demo); !r)
        return r.error();
    FaultProxy proxy(QHostAddress::LocalHost, hub.port);
    auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!store)
        return store.error();
    const qint64 demoGzip = sync::gzipCompress(BundleWriter::toBytes(*demo)).size();
    auto first = measuredPass(**store, proxy, hub);
    if (!first)
        return first.error();
    out << "demo_items=" << demo->items.size() << '\n'
        << "demo_first_sync_bytes=" << *first << '\n'
        << "demo_bundle_gzip_bytes=" << demoGzip << '\n'
        << "demo_bundle_gzip9_bytes=" << sync::gzipCompress(BundleWriter::toBytes(*demo), 9).size() << '\n'
        << "demo_first_sync_ratio=" << QString::number(double(*first) / double(demoGzip), 'f', 3) << Qt::endl;

    auto poll = measuredPass(**store, proxy, hub);
    if (!poll)
        return poll.error();
    out << "nochange_pass_bytes=" << *poll << "   # one /v1/changes request and its answer, HTTP/1.1" << Qt::endl;

    KnowledgeBase changed = *demo;
    changed.items[0].version += 1;
    changed.items[0].content.body += QStringLiteral("\n\nUpdated by the sync benchmark.");
    if (auto r = publish(hub, changed); !r)
        return r.error();
    KnowledgeBase one;
    one.items.append(changed.items[0]);
    const QByteArray itemJson = BundleWriter::toBytes(one);
    auto oneChange = measuredPass(**store, proxy, hub);
    if (!oneChange)
        return oneChange.error();
    out << "one_article_pass_bytes=" << *oneChange << '\n'
        << "one_article_gzip_bytes=" << sync::gzipCompress(itemJson).size() << "   # the article alone, in a bundle"
        << Qt::endl;

    // An outage: every connection reset for `outage` seconds, a publish meanwhile; the pass keeps retrying.
    changed.items[1].version += 1;
    changed.items[1].content.body += QStringLiteral("\n\nPublished during the outage.");
    if (auto r = publish(hub, changed); !r)
        return r.error();
    proxy.setFault(FaultProxy::Fault::Reset);
    QElapsedTimer cleared;
    QTimer::singleShot(outage * 1000, [&] {
        proxy.setFault(FaultProxy::Fault::None);
        cleared.start();
    });
    sync::SyncOptions patient = options(proxy, hub);
    patient.maxAttempts = 1000;
    auto afterOutage = measuredPass(**store, proxy, hub, patient);
    if (!afterOutage)
        return afterOutage.error();
    out << "outage_seconds=" << outage << '\n'
        << "converge_after_outage_ms=" << (cleared.isValid() ? cleared.elapsed() : -1)
        << "   # from the link's return to caught up (retry back-off: 250 ms doubling to 30 s, half random)" << Qt::endl;

    // No-change polls per second: `connections` keep-alive connections straight to the hub, 3 s.
    auto checkpoint = sync::checkpoint(**store);
    if (!checkpoint)
        return checkpoint.error();
    const QByteArray request = "GET /v1/changes?since=" + QByteArray::number(*checkpoint) + "&limit=500&epoch="
                               + hub.epoch.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(hub.port)
                               + "\r\nAuthorization: Bearer " + hub.token.toUtf8()
                               + "\r\nAccept: application/json\r\nAccept-Encoding: gzip, deflate\r\n\r\n";
    std::atomic<qint64> polls{0};
    const qint64 pollMs = 3000;
    QList<QThread *> threads;
    for (int i = 0; i < connections; ++i)
        threads.append(QThread::create(pollLoop, hub.port, request, pollMs, &polls));
    QElapsedTimer pollClock;
    pollClock.start();
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    out << "poll_connections=" << connections << '\n'
        << "polls_per_second=" << qint64(double(polls.load()) * 1000.0 / double(pollClock.elapsed()))
        << "   # one hub process, no-change /v1/changes" << Qt::endl;
    hub.process.kill();
    hub.process.waitForFinished();

    return {};
}

// A large synthetic knowledge base: first sync against a hub of its own (in the database `db` when given), from
// the log, then from the paged snapshot.
Result<void> benchSynthetic(const QTemporaryDir &dir, int articles, const QString &db, QTextStream &out)
{
    SyntheticSizes sizes;
    sizes.articles = articles;
    sizes.replies = articles / 4;
    sizes.procedures = articles / 10;
    sizes.tickets = articles * 3 / 4;
    const KnowledgeBase big = SyntheticKnowledge(sizes).build();
    Hub bigHub;
    bigHub.data = dir.filePath(QStringLiteral("bighub"));
    bigHub.db = db;
    if (auto r = startHub(bigHub, big); !r)
        return r.error();
    FaultProxy bigProxy(QHostAddress::LocalHost, bigHub.port);
    auto bigStore = Store::open(dir.filePath(QStringLiteral("big.sqlite")));
    if (!bigStore)
        return bigStore.error();
    QElapsedTimer clock;
    clock.start();
    auto bigFirst = measuredPass(**bigStore, bigProxy, bigHub);
    if (!bigFirst)
        return bigFirst.error();
    const qint64 ms = clock.elapsed();
    const qint64 bigGzip = sync::gzipCompress(BundleWriter::toBytes(big)).size();
    out << "synthetic_articles=" << articles << '\n'
        << "synthetic_items=" << big.items.size() << '\n'
        << "synthetic_first_sync_bytes=" << *bigFirst << '\n'
        << "synthetic_bundle_gzip_bytes=" << bigGzip << '\n'
        << "synthetic_bundle_gzip9_bytes=" << sync::gzipCompress(BundleWriter::toBytes(big), 9).size() << '\n'
        << "synthetic_first_sync_ratio=" << QString::number(double(*bigFirst) / double(bigGzip), 'f', 3) << '\n'
        << "synthetic_first_sync_ms=" << ms << Qt::endl;
    // The same after `compact`: a new desktop takes the paged snapshot instead of the log.
    {
        auto storage = openHub(bigHub, false);
        if (!storage)
            return storage.error();
        if (auto floor = (*storage)->compact(0); !floor)
            return floor.error();
    }
    auto snapStore = Store::open(dir.filePath(QStringLiteral("big-snapshot.sqlite")));
    if (!snapStore)
        return snapStore.error();
    clock.restart();
    auto snapFirst = measuredPass(**snapStore, bigProxy, bigHub);
    if (!snapFirst)
        return snapFirst.error();
    out << "synthetic_snapshot_sync_bytes=" << *snapFirst << '\n'
        << "synthetic_snapshot_sync_ratio=" << QString::number(double(*snapFirst) / double(bigGzip), 'f', 3) << '\n'
        << "synthetic_snapshot_sync_ms=" << clock.elapsed() << "   # after compact: paged snapshot" << Qt::endl;
    bigHub.process.kill();
    bigHub.process.waitForFinished();
    return {};
}

} // namespace

int runBenchSync(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    bool ok = true;
    const int articles = parser.isSet(QStringLiteral("articles")) ? parser.value(QStringLiteral("articles")).toInt(&ok) : 20000;
    const int outage = ok && parser.isSet(QStringLiteral("outage")) ? parser.value(QStringLiteral("outage")).toInt(&ok) : 30;
    const int connections = ok && parser.isSet(QStringLiteral("connections")) ? parser.value(QStringLiteral("connections")).toInt(&ok) : 8;
    const QString db = parser.value(QStringLiteral("db"));
    if (!ok || articles < 0 || outage < 0 || connections < 1 || parser.isSet(QStringLiteral("data"))
        || (!db.isEmpty() && articles == 0)) {
        err << tr("usage: souffleur-hub bench-sync [--articles N] [--outage SECONDS] [--connections N] [--db URL]") << Qt::endl;
        return 2;
    }
    const auto fail = [&](const Error &e) {
        err << tr("error: ") << e.toString() << Qt::endl;
        return 1;
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(makeError(tr("Cannot create a temporary folder.")));
    // With --db, the first syncs of the synthetic knowledge base (from the log, then from the paged snapshot) run
    // against a hub in that database; the demo, outage and poll figures are taken on SQLite hubs only, so they are
    // skipped rather than mixed in (the backend= line says which one was measured).
    out << "backend=" << (db.isEmpty() ? "sqlite" : "postgresql") << Qt::endl;
    if (db.isEmpty()) {
        if (auto r = benchDemo(dir, outage, connections, out); !r)
            return fail(r.error());
    }
    if (articles > 0) {
        if (auto r = benchSynthetic(dir, articles, db, out); !r)
            return fail(r.error());
    }
    return 0;
}

} // namespace souffleur::hub
