// SPDX-License-Identifier: GPL-3.0-or-later
// Replication over TLS: a throwaway CA and server certificates made with the openssl command line in a temporary
// folder, a souffleur-hub process serving HTTPS on 127.0.0.1 with them, and souffleur-kb desktops that trust the CA
// with --ca-file, or not.
#include "ProcessRun.h"
#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleWriter.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;
using souffleur::test::keyValues;
using souffleur::test::Run;
using souffleur::test::run;

class TestSyncTls final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_openssl;
    QStringList m_storage;
    QString m_token;
    QList<QProcess *> m_hubs;
    quint16 m_port = 0;
    static constexpr int kMaxBody = 64 * 1024;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString httpsUrl(quint16 port) const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }

    // Runs openssl with `args` in the temporary folder.
    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_openssl, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // A P-256 key and a certificate for `subjectAltName`, signed by the test CA.
    bool serverCertificate(const QString &name, const QString &subjectAltName)
    {
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName="
                  + subjectAltName.toUtf8() + '\n');
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name})
               && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                           QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                           QStringLiteral("-set_serial"), QString::number(m_hubs.size() + 10 + name.size()),
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
                           QStringLiteral("-out"), name + QStringLiteral(".pem")});
    }

    Run hub(QStringList args) { return run(QStringLiteral(SOUFFLEUR_HUB), args + m_storage); }
    Run kb(const QString &store, const QStringList &args)
    {
        return run(QStringLiteral(SOUFFLEUR_KB), QStringList{QStringLiteral("--store"), path(store)} + args);
    }
    Run sync(const QString &store, const QString &url, const QStringList &extra = {})
    {
        return kb(store, QStringList{QStringLiteral("sync"), QStringLiteral("--hub"), url, QStringLiteral("--token"), m_token,
                                     QStringLiteral("--retries"), QStringLiteral("2")} + extra);
    }
    QString status(const QString &store) { return kb(store, {QStringLiteral("status")}).out; }

    // Starts `souffleur-hub serve` with this certificate and key; returns its port (0 on failure).
    quint16 serve(const QString &cert, const QString &key)
    {
        auto *p = new QProcess(this);
        m_hubs.append(p);
        p->start(QStringLiteral(SOUFFLEUR_HUB), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                            QStringLiteral("--max-body"), QString::number(kMaxBody),
                                                            QStringLiteral("--tls-cert"), path(cert), QStringLiteral("--tls-key"), path(key)}
                                                + m_storage);
        if (!p->waitForStarted())
            return 0;
        while (!p->canReadLine() && p->state() == QProcess::Running)
            p->waitForReadyRead(10000);
        const QString line = QString::fromUtf8(p->readLine()).trimmed();
        if (!line.startsWith(u"listening=127.0.0.1:")) {
            qWarning("hub: %s %s", qPrintable(line), p->readAllStandardError().constData());
            return 0;
        }
        return quint16(line.section(QLatin1Char(':'), -1).toUInt());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!m_openssl.isEmpty(), "the openssl command (Debian package openssl) makes this test's certificates");
        // The CA, a server certificate for 127.0.0.1, one for another host name, and a key that fits neither.
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Souffleur test CA"),
                         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        QVERIFY(serverCertificate(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1")));
        QVERIFY(serverCertificate(QStringLiteral("elsewhere"), QStringLiteral("DNS:hub.elsewhere.example")));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-out"), QStringLiteral("other.key")}));

        m_storage = QStringList{QStringLiteral("--data"), path(QStringLiteral("hub"))};
        QCOMPARE(hub({QStringLiteral("init")}).exitCode, 0);
        const Run user = hub({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agent"), QStringLiteral("--role"),
                              QStringLiteral("agent")});
        QVERIFY2(user.exitCode == 0, qPrintable(user.err));
        m_token = user.lastLine();
        SyntheticSizes sizes;
        sizes.articles = 40;
        sizes.replies = 20;
        sizes.procedures = 6;
        sizes.categories = 8;
        sizes.tickets = 40;
        sizes.seed = 11;
        QVERIFY(BundleWriter::writeFile(SyntheticKnowledge(sizes).build(), path(QStringLiteral("v1.json"))).ok());
        const Run pub = hub({QStringLiteral("publish"), path(QStringLiteral("v1.json"))});
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));

        // d2: a desktop store with content of its own, which failed syncs must leave as it is.
        QCOMPARE(kb(QStringLiteral("d2.sqlite"), {QStringLiteral("import"), path(QStringLiteral("v1.json"))}).exitCode, 0);
        QVERIFY(status(QStringLiteral("d2.sqlite")).contains(QStringLiteral("content_hash=")));

        m_port = serve(QStringLiteral("server.pem"), QStringLiteral("server.key"));
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : std::as_const(m_hubs)) {
            p->kill();
            p->waitForFinished();
        }
    }

    void serveRefusesBadTlsFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString cert = path(QStringLiteral("server.pem"));
        const QString key = path(QStringLiteral("server.key"));
        QTest::newRow("certificate without key") << QStringList{QStringLiteral("--tls-cert"), cert} << 2 << u"both or neither"_qs;
        QTest::newRow("key without certificate") << QStringList{QStringLiteral("--tls-key"), key} << 2 << u"both or neither"_qs;
        QTest::newRow("missing certificate") << QStringList{QStringLiteral("--tls-cert"), path(QStringLiteral("nope.pem")), QStringLiteral("--tls-key"), key}
                                             << 1 << u"Cannot read the certificate"_qs;
        QTest::newRow("not a certificate") << QStringList{QStringLiteral("--tls-cert"), key, QStringLiteral("--tls-key"), key}
                                           << 1 << u"holds no PEM certificate"_qs;
        QTest::newRow("not a key") << QStringList{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), cert}
                                   << 1 << u"holds no unencrypted PEM private key"_qs;
        QTest::newRow("key of another certificate") << QStringList{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), path(QStringLiteral("other.key"))}
                                                    << 1 << u"does the key belong to the certificate?"_qs;
    }

    void serveRefusesBadTlsFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // Refused before listening: the command ends instead of serving.
        const Run r = hub(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("listening=")), qPrintable(r.out));
    }

    void syncWithCaFileConverges()
    {
        const Run r = sync(QStringLiteral("d1.sqlite"), httpsUrl(m_port), {QStringLiteral("--ca-file"), path(QStringLiteral("ca.pem"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(kb(QStringLiteral("direct.sqlite"), {QStringLiteral("import"), path(QStringLiteral("v1.json"))}).exitCode, 0);
        const QString hash = keyValues(status(QStringLiteral("d1.sqlite"))).value(QStringLiteral("content_hash"));
        QCOMPARE(hash.size(), 64);
        QCOMPARE(keyValues(status(QStringLiteral("direct.sqlite"))).value(QStringLiteral("content_hash")), hash);
        // And a second pass, a no-change poll over the same TLS setup.
        const Run again = sync(QStringLiteral("d1.sqlite"), httpsUrl(m_port), {QStringLiteral("--ca-file"), path(QStringLiteral("ca.pem"))});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    }

    void certificateProblemsAreFatal_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("caFile");
        QTest::addColumn<QString>("problem");
        QTest::newRow("untrusted CA") << u"server"_qs << false << u"not signed by a trusted certificate authority"_qs;
        QTest::newRow("wrong host name") << u"elsewhere"_qs << true << u"not issued for the host name \"127.0.0.1\""_qs;
    }

    void certificateProblemsAreFatal()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, caFile);
        QFETCH(QString, problem);
        const quint16 port = certificate == u"server" ? m_port : serve(certificate + QStringLiteral(".pem"), certificate + QStringLiteral(".key"));
        QVERIFY(port > 0);
        const QString before = status(QStringLiteral("d2.sqlite"));
        const QStringList extra = caFile ? QStringList{QStringLiteral("--ca-file"), path(QStringLiteral("ca.pem"))} : QStringList{};
        const Run r = sync(QStringLiteral("d2.sqlite"), httpsUrl(port), extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("sync=fatal")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("0 retry(ies)")), qPrintable(r.out));  // not retried: it will not fix itself
        QVERIFY2(r.err.contains(QStringLiteral("certificate is refused")) && r.err.contains(problem, Qt::CaseInsensitive),
                 qPrintable(r.err));
        QCOMPARE(status(QStringLiteral("d2.sqlite")), before);
    }

    // Qt checks the URL's host against the subject's common name as well as the DNS alternative names (and an
    // address against the IP alternative names): a certificate whose CN alone names the host is accepted, as
    // docs/sync-protocol.md says.
    void commonNameAloneIsAccepted()
    {
        QVERIFY(serverCertificate(QStringLiteral("127.0.0.1"), QStringLiteral("DNS:unrelated.example")));
        const quint16 port = serve(QStringLiteral("127.0.0.1.pem"), QStringLiteral("127.0.0.1.key"));
        QVERIFY(port > 0);
        const Run r = sync(QStringLiteral("d1.sqlite"), httpsUrl(port), {QStringLiteral("--ca-file"), path(QStringLiteral("ca.pem"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    // A certificate past its end date: `serve` warns and serves (desktops will refuse it, and say why), or with
    // --strict refuses to start.
    void expiredCertificateWarnsOrRefuses()
    {
        // `openssl ca` is the command that can set past dates.
        QFile config(path(QStringLiteral("ca.cnf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial.txt\n"
                     "default_md=sha256\npolicy=any\nunique_subject=no\n[any]\ncommonName=supplied\n");
        config.close();
        QFile index(path(QStringLiteral("index.txt")));
        QFile serial(path(QStringLiteral("serial.txt")));
        QVERIFY(index.open(QIODevice::WriteOnly) && serial.open(QIODevice::WriteOnly) && serial.write("01\n") == 3);
        index.close();
        serial.close();
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("expired.key"), QStringLiteral("-out"), QStringLiteral("expired.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                         QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
                         QStringLiteral("-in"), QStringLiteral("expired.csr"), QStringLiteral("-out"), QStringLiteral("expired.pem"),
                         QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                         QStringLiteral("20200102000000Z")}));
        const QStringList tls{QStringLiteral("--tls-cert"), path(QStringLiteral("expired.pem")), QStringLiteral("--tls-key"),
                              path(QStringLiteral("expired.key"))};
        const Run strict = hub(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                           QStringLiteral("--strict")} + tls);
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.contains(QStringLiteral("expired on 2020-01-02")), qPrintable(strict.err));
        QVERIFY(!strict.out.contains(QStringLiteral("listening=")));

        const quint16 port = serve(QStringLiteral("expired.pem"), QStringLiteral("expired.key"));
        QVERIFY(port > 0);
        const QString warning = QString::fromUtf8(m_hubs.constLast()->readAllStandardError());
        QVERIFY2(warning.contains(QStringLiteral("warning: ")) && warning.contains(QStringLiteral("expired on 2020-01-02")),
                 qPrintable(warning));
        const Run r = sync(QStringLiteral("d2.sqlite"), httpsUrl(port), {QStringLiteral("--ca-file"), path(QStringLiteral("ca.pem"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("expired"), Qt::CaseInsensitive), qPrintable(r.err));
    }

    void badCaFileIsRefused()
    {
        const QString before = status(QStringLiteral("d2.sqlite"));
        Run r = sync(QStringLiteral("d2.sqlite"), httpsUrl(m_port), {QStringLiteral("--ca-file"), path(QStringLiteral("server.key"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("holds no PEM certificate")), qPrintable(r.err));
        r = sync(QStringLiteral("d2.sqlite"), httpsUrl(m_port), {QStringLiteral("--ca-file"), path(QStringLiteral("nope.pem"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot read the CA file")), qPrintable(r.err));
        QCOMPARE(status(QStringLiteral("d2.sqlite")), before);
    }

    void plainHttpToTlsPortFails()
    {
        const QString before = status(QStringLiteral("d2.sqlite"));
        // Answered in plain HTTP (400 https_required), so the desktop says what is wrong instead of retrying.
        const Run r = sync(QStringLiteral("d2.sqlite"), QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("sync=fatal")) && r.out.contains(QStringLiteral("0 retry(ies)")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("400")) && r.err.contains(QStringLiteral("HTTPS only")), qPrintable(r.err));
        QCOMPARE(status(QStringLiteral("d2.sqlite")), before);
        // The hub is still serving HTTPS.
        const Run ok = sync(QStringLiteral("d2.sqlite"), httpsUrl(m_port), {QStringLiteral("--ca-file"), path(QStringLiteral("ca.pem"))});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
    }

    void oversizedBodyIsRefusedOverTls()
    {
        QNetworkAccessManager network;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(path(QStringLiteral("ca.pem")));
        auto post = [&](const QByteArray &body) {
            QNetworkRequest req(QUrl(httpsUrl(m_port) + QStringLiteral("/v1/outbox")));
            req.setSslConfiguration(tls);
            req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.post(req, body);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const std::pair result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                   QJsonDocument::fromJson(reply->readAll()).object()};
            reply->deleteLater();
            return result;
        };
        const auto [status, json] = post(QByteArray(kMaxBody + 1000, ' '));
        QCOMPARE(status, 413);
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("payload_too_large"));
        // A request within the limit still gets its answer.
        const auto [okStatus, okJson] = post(QByteArrayLiteral("{\"records\":[]}"));
        QCOMPARE(okStatus, 200);
        QVERIFY(okJson.value(QStringLiteral("receipts")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
