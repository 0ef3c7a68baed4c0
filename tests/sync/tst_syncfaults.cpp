// SPDX-License-Identifier: GPL-3.0-or-later
// Replication under network faults: a souffleur-hub process on 127.0.0.1, a FaultProxy in front of it that resets,
// hangs, cuts or slows connections, and souffleur-kb desktops syncing through it. With a fault on, a sync must end
// "retry later" (exit 4) and leave a sound store; once the fault clears, the next sync converges to the hub's
// content and every outbox record reaches the hub exactly once.
#include "ProcessRun.h"
#include "FaultProxy.h"
#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleWriter.h"
#include "hub/RelayMirror.h"
#include "hub/SqliteHubStorage.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace souffleur;
using souffleur::test::keyValues;
using souffleur::test::Run;
using souffleur::test::run;

class TestSyncFaults final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    QProcess m_hub;
    quint16 m_port = 0;
    QString m_token;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_hubHash;
    int m_stores = 0;
    QString m_relayToken;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run hub(QStringList args)
    {
        args << QStringLiteral("--data") << m_data;
        return run(QStringLiteral(SOUFFLEUR_HUB), args);
    }
    Run kb(const QString &store, QStringList args)
    {
        return run(QStringLiteral(SOUFFLEUR_KB), QStringList{QStringLiteral("--store"), path(store)} + args);
    }
    QStringList syncArgs(quint16 port) const
    {
        return {QStringLiteral("sync"), QStringLiteral("--hub"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                QStringLiteral("--token"), m_token, QStringLiteral("--retries"), QStringLiteral("2"),
                QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("40")};
    }
    Run syncViaProxy(const QString &store) { return kb(store, syncArgs(m_proxy->port())); }
    QString contentHash(const QString &store)
    {
        return keyValues(kb(store, {QStringLiteral("status")}).out).value(QStringLiteral("content_hash"));
    }
    int receivedCount(const QString &uuid) { return int(hub({QStringLiteral("received")}).out.count(uuid)); }

    static void verifyIntegrity(const QString &file)
    {
        auto store = Store::open(file);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        auto check = sql::scalar((*store)->database(), QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.ok());
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        auto fk = sql::exec((*store)->database(), QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk.ok());
        QVERIFY2(!fk->next(), "a foreign key is dangling");
    }

    // A new desktop store with one record waiting in its outbox.
    QString newDesktop(QString *uuid)
    {
        const QString name = QStringLiteral("desk%1.sqlite").arg(++m_stores);
        *uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto s = Store::open(path(name));
        if (!s)
            return {};
        auto r = sql::exec((*s)->database(), QStringLiteral("INSERT INTO outbox (uuid, type, payload, created_at) VALUES (?, 'feedback', ?, ?)"),
                           {*uuid, QStringLiteral("{\"item_id\":\"x\",\"helpful\":true}"), QStringLiteral("2026-01-01T00:00:00Z")});
        return r ? name : QString();
    }

    // After the fault clears: one sync converges, the store is sound, the record reached the hub once.
    void verifyConverges(const QString &store, const QString &uuid)
    {
        m_proxy->setFault(FaultProxy::Fault::None);
        m_proxy->setTrigger({});
        const Run r = syncViaProxy(store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outbox")), QStringLiteral("0"));
        QCOMPARE(contentHash(store), m_hubHash);
        verifyIntegrity(path(store));
        QCOMPARE(receivedCount(uuid), 1);
    }

    // Starts `souffleur-kb sync` through the proxy; returns once its output shows `count` lines containing `marker`.
    bool startUntil(QProcess &p, const QString &store, const QString &marker, int count, QString *out,
                    const QStringList &extra = {})
    {
        p.start(QStringLiteral(SOUFFLEUR_KB), QStringList{QStringLiteral("--store"), path(store)} + syncArgs(m_proxy->port()) + extra);
        if (!p.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (out->count(marker) < count && clock.elapsed() < 30000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            *out += QString::fromUtf8(p.readAllStandardOutput());
        }
        return out->count(marker) >= count && p.state() == QProcess::Running;
    }

    // SIGKILL, as a power cut or the task manager would.
    static void killHard(QProcess &p)
    {
        p.kill();
        p.waitForFinished();
    }

    void addOutbox(const QString &store, int n, QStringList *uuids)
    {
        auto s = Store::open(path(store));
        QVERIFY(s.ok());
        QVERIFY(sql::exec((*s)->database(), QStringLiteral("BEGIN")).ok());
        for (int i = 0; i < n; ++i) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY(sql::exec((*s)->database(), QStringLiteral("INSERT INTO outbox (uuid, type, payload, created_at) VALUES (?, 'usage', ?, ?)"),
                              {uuid, QStringLiteral("{\"item_id\":\"x\",\"views\":%1}").arg(i), QStringLiteral("2026-01-01T00:00:00Z")}).ok());
            uuids->append(uuid);
        }
        QVERIFY(sql::exec((*s)->database(), QStringLiteral("COMMIT")).ok());
    }

    // Each uuid is on the hub exactly once.
    void verifyReceivedOnce(const QStringList &uuids)
    {
        const QString received = hub({QStringLiteral("received")}).out;
        for (const QString &uuid : uuids)
            QVERIFY2(received.count(uuid) == 1, qPrintable(uuid));
    }

    qint64 checkpointOf(const QString &store)
    {
        return keyValues(kb(store, {QStringLiteral("status")}).out).value(QStringLiteral("checkpoint")).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = path(QStringLiteral("hub"));
        QCOMPARE(hub({QStringLiteral("init")}).exitCode, 0);
        const Run user = hub({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--role"),
                              QStringLiteral("agent")});
        QCOMPARE(user.exitCode, 0);
        m_token = user.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).constLast();
        SyntheticSizes sizes;
        sizes.articles = 60;
        sizes.replies = 20;
        sizes.procedures = 8;
        sizes.categories = 10;
        sizes.tickets = 60;
        sizes.seed = 11;
        QVERIFY(BundleWriter::writeFile(SyntheticKnowledge(sizes).build(), path(QStringLiteral("kb.json"))).ok());
        QCOMPARE(hub({QStringLiteral("publish"), path(QStringLiteral("kb.json"))}).exitCode, 0);

        m_hub.start(QStringLiteral(SOUFFLEUR_HUB), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), m_data});
        QVERIFY(m_hub.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_hub.canReadLine(), 10000);
        const QString line = QString::fromUtf8(m_hub.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening=127.0.0.1:"), qPrintable(line));
        m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
        m_proxy = std::make_unique<FaultProxy>(QHostAddress::LocalHost, m_port);
        QVERIFY(m_proxy->port() > 0);

        // The reference: a desktop synced straight from the hub.
        const Run ref = kb(QStringLiteral("ref.sqlite"), syncArgs(m_port));
        QVERIFY2(ref.exitCode == 0, qPrintable(ref.out + ref.err));
        m_hubHash = contentHash(QStringLiteral("ref.sqlite"));
        QCOMPARE(m_hubHash.size(), 64);
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_hub.kill();
        m_hub.waitForFinished();
    }

    void faultIsRetryLaterThenConverges_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<qint64>("cut");
        QTest::addColumn<QByteArray>("trigger");
        using F = FaultProxy::Fault;
        QTest::newRow("reset") << int(F::Reset) << qint64(0) << QByteArray();
        QTest::newRow("hang") << int(F::Hang) << qint64(0) << QByteArray();
        QTest::newRow("truncate in headers") << int(F::Truncate) << qint64(20) << QByteArray();
        QTest::newRow("truncate in body") << int(F::Truncate) << qint64(400) << QByteArray();
        QTest::newRow("reset on a later page") << int(F::Reset) << qint64(0) << QByteArray("GET /v1/changes?since=40&");
        QTest::newRow("hang on upload") << int(F::Hang) << qint64(0) << QByteArray("POST /v1/outbox");
        // The upload reaches the hub, its answer is lost: the record goes up again and is a duplicate.
        QTest::newRow("upload answer lost") << int(F::Truncate) << qint64(0) << QByteArray("POST /v1/outbox");
        QTest::newRow("upload answer cut") << int(F::Truncate) << qint64(100) << QByteArray("POST /v1/outbox");
    }

    void faultIsRetryLaterThenConverges()
    {
        QFETCH(int, fault);
        QFETCH(qint64, cut);
        QFETCH(QByteArray, trigger);
        QString uuid;
        const QString store = newDesktop(&uuid);
        QVERIFY(!store.isEmpty());
        m_proxy->setTruncateAfter(cut);
        m_proxy->setTrigger(trigger);
        m_proxy->setFault(FaultProxy::Fault(fault));
        const Run r = syncViaProxy(store);
        QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("retry later")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("sync=retry_later")));
        QVERIFY(r.out.contains(QStringLiteral("1 retry(ies)")));
        verifyIntegrity(path(store));
        QVERIFY(receivedCount(uuid) <= 1);
        // Whatever was applied before the fault is a prefix of the hub's log, never a torn page.
        const QString checkpoint = keyValues(r.out).value(QStringLiteral("checkpoint"));
        if (trigger.contains("outbox"))
            QCOMPARE(contentHash(store), m_hubHash);  // content went through; only the upload failed
        else
            QVERIFY(checkpoint.toLongLong() >= 0);
        verifyConverges(store, uuid);
    }

    // A site relay's upstream calls go through the same HubClient as the desktop's: a request is bounded by a
    // transfer timeout and a deadline, a cut answer is named as such, each request is retried with back-off before
    // the cycle fails, and the next cycle after the fault converges.
    void relayUpstreamFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<qint64>("cut");
        QTest::addColumn<QString>("expected");
        using F = FaultProxy::Fault;
        QTest::newRow("hang") << int(F::Hang) << qint64(0) << QStringLiteral("did not answer /v1/users within");
        QTest::newRow("cut body") << int(F::Truncate) << qint64(300) << QStringLiteral("was cut");
        QTest::newRow("reset") << int(F::Reset) << qint64(0) << QStringLiteral("cannot be reached");
        // Bytes keep trickling in, so only the deadline stops the request.
        QTest::newRow("deadline") << int(F::Slow) << qint64(0) << QStringLiteral("took longer than");
    }
    void relayUpstreamFaults()
    {
        QFETCH(int, fault);
        QFETCH(qint64, cut);
        QFETCH(QString, expected);
        if (m_relayToken.isEmpty()) {
            const Run user = hub({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("site"), QStringLiteral("--role"),
                                  QStringLiteral("relay")});
            QCOMPARE(user.exitCode, 0);
            m_relayToken = user.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).constLast();
        }
        auto storage = hub::SqliteHubStorage::open(path(QStringLiteral("relay-%1").arg(QLatin1String(QTest::currentDataTag()))), true);
        QVERIFY(storage.ok());
        const QString upstream = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port());
        QVERIFY((*storage)->setRelayUpstream(upstream).ok());
        hub::RelayOptions options;
        options.upstream = QUrl(upstream);
        options.token = m_relayToken;
        options.intervalMs = 600000;  // cycles only when the test asks
        options.maxBackoffMs = 600000;
        options.transferTimeoutMs = fault == int(FaultProxy::Fault::Slow) ? 20000 : 500;
        options.requestDeadlineMs = fault == int(FaultProxy::Fault::Slow) ? 1000 : 20000;
        options.maxAttempts = 2;
        options.backoffBaseMs = 50;
        hub::RelayMirror mirror(**storage, options);
        QSignalSpy cycles(&mirror, &hub::RelayMirror::cycleFinished);
        m_proxy->setTruncateAfter(cut);
        m_proxy->setTrigger({});
        if (fault == int(FaultProxy::Fault::Slow))
            m_proxy->setSlow(20, 200);
        m_proxy->setFault(FaultProxy::Fault(fault));
        mirror.start();
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 1, 20000);
        QCOMPARE(cycles.at(0).at(0).toBool(), false);
        const QString message = cycles.at(0).at(1).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));

        m_proxy->setFault(FaultProxy::Fault::None);
        m_proxy->setSlow(0, 0);
        mirror.poke();
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 2, 20000);
        QVERIFY2(cycles.at(1).at(0).toBool(), qPrintable(cycles.at(1).at(1).toString()));
        auto mirrored = (*storage)->info();
        QVERIFY(mirrored.ok());
        const auto status = keyValues(hub({QStringLiteral("status")}).out);
        QCOMPARE(QString::number(mirrored->head), status.value(QStringLiteral("head")));
        QCOMPARE(mirrored->epoch, status.value(QStringLiteral("epoch")));
    }

    void slowLinkConverges()
    {
        QString uuid;
        const QString store = newDesktop(&uuid);
        m_proxy->setSlow(256 * 1024, 20);
        m_proxy->setFault(FaultProxy::Fault::Slow);
        const Run r = syncViaProxy(store);
        m_proxy->setSlow(0, 0);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(contentHash(store), m_hubHash);
        verifyIntegrity(path(store));
        QCOMPARE(receivedCount(uuid), 1);
    }

    void faultSwitchedDuringSync()
    {
        // A slow link so the pass is still downloading pages when the link is cut under it.
        QString uuid;
        const QString store = newDesktop(&uuid);
        m_proxy->setSlow(64 * 1024, 10);
        m_proxy->setFault(FaultProxy::Fault::Slow);
        QProcess p;
        p.start(QStringLiteral(SOUFFLEUR_KB), QStringList{QStringLiteral("--store"), path(store)} + syncArgs(m_proxy->port()));
        QVERIFY(p.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput())).contains(QStringLiteral("Applied")), 20000);
        m_proxy->setFault(FaultProxy::Fault::Reset);
        m_proxy->dropConnections();
        QVERIFY(p.waitForFinished(30000));
        out += QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 4, qPrintable(out));
        const qint64 reached = keyValues(out).value(QStringLiteral("checkpoint")).toLongLong();
        QVERIFY(reached > 0);  // the pages applied before the cut stay applied
        m_proxy->setSlow(0, 0);
        verifyConverges(store, uuid);
    }
    void killedDuringFirstSyncResumes()
    {
        QString uuid;
        const QString store = newDesktop(&uuid);
        m_proxy->setTrigger({});
        m_proxy->setSlow(48 * 1024, 5);
        m_proxy->setFault(FaultProxy::Fault::Slow);
        const QStringList smallPages{QStringLiteral("--limit"), QStringLiteral("10")};
        // Killed three times at different points of the log replay (between pages, or while a page is applied).
        qint64 reached = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess p;
            QString out;
            QVERIFY2(startUntil(p, store, QStringLiteral("Applied"), round + 1, &out, smallPages), qPrintable(out));
            QTest::qWait(round * 40);
            killHard(p);
            verifyIntegrity(path(store));
            const qint64 now = checkpointOf(store);
            QVERIFY2(now >= reached, "the checkpoint went back");
            QVERIFY(now > 0);
            reached = now;
        }
        // The next run starts from where the killed ones stopped, not from zero.
        m_proxy->setFault(FaultProxy::Fault::None);
        m_proxy->setSlow(0, 0);
        const Run r = kb(store, syncArgs(m_proxy->port()) + smallPages);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("replaying its log")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("after sequence %1\n").arg(reached)), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("after sequence 0\n")));
        QCOMPARE(contentHash(store), m_hubHash);
        verifyIntegrity(path(store));
        QCOMPARE(receivedCount(uuid), 1);
    }

    void killedDuringUploadLosesAndDuplicatesNothing()
    {
        QString first;
        const QString store = newDesktop(&first);
        QStringList uuids{first};
        addOutbox(store, 349, &uuids);  // four batches of 100
        // Uploads crawl (content comes at full speed), so the kill lands while a batch is on the wire or stored.
        m_proxy->setTrigger("POST /v1/outbox");
        m_proxy->setSlow(12 * 1024, 5);
        m_proxy->setFault(FaultProxy::Fault::Slow);
        QProcess p;
        QString out;
        QVERIFY2(startUntil(p, store, QStringLiteral("acknowledged"), 1, &out, {QStringLiteral("--timeout"), QStringLiteral("20")}),
                 qPrintable(out));
        killHard(p);
        verifyIntegrity(path(store));
        const int left = keyValues(kb(store, {QStringLiteral("status")}).out).value(QStringLiteral("outbox")).toInt();
        QVERIFY2(left > 0 && left < uuids.size(), qPrintable(QString::number(left)));
        m_proxy->setFault(FaultProxy::Fault::None);
        m_proxy->setTrigger({});
        m_proxy->setSlow(0, 0);
        const Run r = syncViaProxy(store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outbox")), QStringLiteral("0"));
        verifyReceivedOnce(uuids);
        QCOMPARE(contentHash(store), m_hubHash);
        verifyIntegrity(path(store));
    }
    void offlineBundles()
    {
        const QString keyFile = path(QStringLiteral("site.key"));
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a-site-secret-of-enough-length\n");
        }
        const QStringList withKey{QStringLiteral("--key-file"), keyFile};
        const QString head = keyValues(hub({QStringLiteral("status")}).out).value(QStringLiteral("head"));
        const QString all = path(QStringLiteral("all.changes"));
        const Run exported = hub(QStringList{QStringLiteral("export-changes"), QStringLiteral("--since"), QStringLiteral("0"), all} + withKey);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(keyValues(exported.out).value(QStringLiteral("to_seq")), head);

        // A bundle from the middle of the log does not reach back to a new store: refused, nothing written.
        const QString tail = path(QStringLiteral("tail.changes"));
        QCOMPARE(hub(QStringList{QStringLiteral("export-changes"), QStringLiteral("--since"), QStringLiteral("50"), tail} + withKey).exitCode, 0);
        Run r = kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("import-changes"), tail} + withKey);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--since 0")), qPrintable(r.err));
        QCOMPARE(checkpointOf(QStringLiteral("offline.sqlite")), 0);

        // An altered bundle and a wrong key are refused before anything is read.
        QFile f(all);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const QString altered = path(QStringLiteral("altered.changes"));
        {
            QByteArray copy = bytes;
            copy.replace("\"version\":1", "\"version\":9");
            QVERIFY(copy != bytes);
            QFile out(altered);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(copy);
        }
        r = kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("import-changes"), altered} + withKey);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("signature")), qPrintable(r.err));
        const QString otherKey = path(QStringLiteral("other.key"));
        {
            QFile out(otherKey);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("another-site-secret-entirely");
        }
        r = kb(QStringLiteral("offline.sqlite"), {QStringLiteral("import-changes"), all, QStringLiteral("--key-file"), otherKey});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("signature")));

        // The whole log builds the replica; importing it again, or the tail that it covers, changes nothing.
        r = kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("import-changes"), all} + withKey);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(contentHash(QStringLiteral("offline.sqlite")), m_hubHash);
        r = kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("import-changes"), all} + withKey);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(keyValues(r.out).value(QStringLiteral("applied")), QStringLiteral("0"));
        QCOMPARE(kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("import-changes"), tail} + withKey).exitCode, 0);
        QCOMPARE(contentHash(QStringLiteral("offline.sqlite")), m_hubHash);
        verifyIntegrity(path(QStringLiteral("offline.sqlite")));
        QCOMPARE(QString::number(checkpointOf(QStringLiteral("offline.sqlite"))), head);

        // Up: the outbox as a bundle; imported twice, each record is on the hub once.
        QStringList uuids;
        addOutbox(QStringLiteral("offline.sqlite"), 3, &uuids);
        const QString up = path(QStringLiteral("up.outbox"));
        r = kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("export-outbox"), up} + withKey);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = hub(QStringList{QStringLiteral("import-outbox"), up} + withKey);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("accepted")), QStringLiteral("3"));
        r = hub(QStringList{QStringLiteral("import-outbox"), up} + withKey);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(keyValues(r.out).value(QStringLiteral("accepted")), QStringLiteral("0"));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("duplicate")), QStringLiteral("3"));
        verifyReceivedOnce(uuids);
        // A change bundle is not an outbox bundle.
        r = hub(QStringList{QStringLiteral("import-outbox"), all} + withKey);
        QCOMPARE(r.exitCode, 1);
        // The records stayed in the outbox; the next online sync clears them as duplicates.
        const Run online = syncViaProxy(QStringLiteral("offline.sqlite"));
        QVERIFY2(online.exitCode == 0, qPrintable(online.out + online.err));
        QVERIFY(online.out.contains(QStringLiteral("3 duplicate(s)")));
        verifyReceivedOnce(uuids);
    }
    // The default HubStorage::snapshotPage() (for backends without their own) pages like SQLite's override.
    void defaultSnapshotPagingMatches()
    {
        auto storage = hub::SqliteHubStorage::open(m_data, false);
        QVERIFY(storage.ok());
        hub::HubStorage &base = **storage;
        QString entity;
        QString id;
        int pages = 0;
        qsizetype total = 0;
        for (;;) {
            auto own = (*storage)->snapshotPage(entity, id, 7);
            auto fallback = base.HubStorage::snapshotPage(entity, id, 7);
            QVERIFY(own.ok() && fallback.ok());
            QCOMPARE(own->more, fallback->more);
            QCOMPARE(own->entities.size(), fallback->entities.size());
            for (qsizetype i = 0; i < own->entities.size(); ++i) {
                QCOMPARE(own->entities.at(i).entity, fallback->entities.at(i).entity);
                QCOMPARE(own->entities.at(i).id, fallback->entities.at(i).id);
                QCOMPARE(own->entities.at(i).payload, fallback->entities.at(i).payload);
            }
            ++pages;
            total += own->entities.size();
            if (!own->more)
                break;
            entity = own->entities.constLast().entity;
            id = own->entities.constLast().id;
        }
        QVERIFY(pages > 10);
        auto whole = (*storage)->snapshot();
        QVERIFY(whole.ok());
        QCOMPARE(total, whole->entities.size());
    }

    // Last: it compacts the hub's log, so that first syncs take the (paged) snapshot.
    void killedDuringSnapshotResumes()
    {
        QCOMPARE(hub({QStringLiteral("compact"), QStringLiteral("--keep"), QStringLiteral("0")}).exitCode, 0);
        QString uuid;
        const QString store = newDesktop(&uuid);
        m_proxy->setTrigger({});
        m_proxy->setSlow(48 * 1024, 5);
        m_proxy->setFault(FaultProxy::Fault::Slow);
        const QStringList smallPages{QStringLiteral("--limit"), QStringLiteral("10")};
        {
            QProcess p;
            QString out;
            QVERIFY2(startUntil(p, store, QStringLiteral("Snapshot page"), 3, &out, smallPages), qPrintable(out));
            killHard(p);
        }
        verifyIntegrity(path(store));
        QCOMPARE(checkpointOf(store), 0);  // nothing replaced before the last page
        // Resumed, not restarted: fewer pages than a whole download, which the reference desktop needs.
        {
            QProcess p;
            QString out;
            QVERIFY2(startUntil(p, store, QStringLiteral("Snapshot page"), 2, &out, smallPages), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("Resuming the snapshot download")), qPrintable(out));
            killHard(p);
        }
        verifyIntegrity(path(store));
        // A publish between two pages: the staged pages are dropped and the snapshot starts again, consistent.
        SyntheticSizes sizes;
        sizes.articles = 60;
        sizes.replies = 20;
        sizes.procedures = 8;
        sizes.categories = 10;
        sizes.tickets = 60;
        sizes.seed = 11;
        KnowledgeBase changed = SyntheticKnowledge(sizes).build();
        changed.items[3].version += 1;
        changed.items[3].content.title = QStringLiteral("Published during the snapshot");
        QVERIFY(BundleWriter::writeFile(changed, path(QStringLiteral("kb2.json"))).ok());
        QCOMPARE(hub({QStringLiteral("publish"), path(QStringLiteral("kb2.json"))}).exitCode, 0);
        m_proxy->setFault(FaultProxy::Fault::None);
        m_proxy->setSlow(0, 0);
        const Run r = kb(store, syncArgs(m_proxy->port()) + smallPages);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("starting it again")), qPrintable(r.out));
        const Run ref = kb(QStringLiteral("ref.sqlite"), syncArgs(m_port));
        QVERIFY2(ref.exitCode == 0, qPrintable(ref.out + ref.err));
        const QString newHash = contentHash(QStringLiteral("ref.sqlite"));
        QVERIFY(newHash != m_hubHash);
        QCOMPARE(contentHash(store), newHash);
        verifyIntegrity(path(store));
        QCOMPARE(receivedCount(uuid), 1);
        // A plain snapshot, uninterrupted, gives the same content.
        const Run fresh = kb(QStringLiteral("fresh.sqlite"), syncArgs(m_proxy->port()));
        QVERIFY2(fresh.exitCode == 0 && fresh.out.contains(QStringLiteral("1 snapshot(s)")), qPrintable(fresh.out));
        QCOMPARE(contentHash(QStringLiteral("fresh.sqlite")), newHash);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
