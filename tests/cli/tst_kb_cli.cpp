// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb as an admin or a script uses it: a real process on a real store file.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestKbCli final : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run kb(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(SOUFFLEUR_KB), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QMap<QString, QString> keyValues(const QString &text)
    {
        QMap<QString, QString> out;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                out.insert(line.left(eq), line.mid(eq + 1));
        }
        return out;
    }
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = kb({QStringLiteral("--store"), m_store, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void statusPrintsKeyValues()
    {
        const Run r = kb({QStringLiteral("--store"), m_store, QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        const auto kv = keyValues(r.out);
        QCOMPARE(kv.value(QStringLiteral("schema_version")), QStringLiteral("4"));  // schema 4: review outcomes
        QVERIFY(kv.value(QStringLiteral("categories")).toInt() >= 15);
        QVERIFY(kv.value(QStringLiteral("items.procedure.fr-FR")).toInt() >= 20);
        QVERIFY(kv.value(QStringLiteral("items.procedure.en-GB")).toInt() >= 20);
        QVERIFY(kv.value(QStringLiteral("items.reply.fr-FR")).toInt() >= 40);
        QVERIFY(kv.value(QStringLiteral("items.article.fr-FR")).toInt() >= 30);
        QVERIFY(kv.value(QStringLiteral("tickets")).toInt() >= 600);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(kv.value(QStringLiteral("content_hash"))).hasMatch());
    }

    void searchIsAccentInsensitiveAndPrefix_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("prefix") << QStringLiteral("factur") << QStringLiteral("factur");
        QTest::newRow("no accent") << QStringLiteral("resiliation") << QStringLiteral("siliation");
    }

    void searchIsAccentInsensitiveAndPrefix()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const Run r = kb({QStringLiteral("--store"), m_store, QStringLiteral("search"), query, QStringLiteral("--locale"),
                          QStringLiteral("fr-FR"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines.size() <= 5, qPrintable(r.out));
        const QStringList first = lines.constFirst().split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 5);  // kind, id, locale, title, score
        QVERIFY(QStringList({QStringLiteral("procedure"), QStringLiteral("reply"), QStringLiteral("article")}).contains(first.at(0)));
        QVERIFY2(r.out.contains(expected, Qt::CaseInsensitive), qPrintable(r.out));
    }

    void exportImportRoundTripKeepsTheHash()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("export.json"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(kb({QStringLiteral("--store"), m_store, QStringLiteral("export"), bundle}).exitCode, 0);
        const Run imported = kb({QStringLiteral("--store"), copy, QStringLiteral("import"), bundle});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto a = keyValues(kb({QStringLiteral("--store"), m_store, QStringLiteral("status")}).out);
        const auto b = keyValues(kb({QStringLiteral("--store"), copy, QStringLiteral("status")}).out);
        QCOMPARE(b.value(QStringLiteral("content_hash")), a.value(QStringLiteral("content_hash")));
    }

    void invalidBundleIsRefusedAndChangesNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "souffleur-kb-bundle", "format_version": 1, "default_locale": "fr-FR", "locales": ["fr-FR"],
                   "categories": [], "items": [{"id": "x", "kind": "memo", "locale": "fr-FR", "title": "t"}]})");
        f.close();
        const QString before = keyValues(kb({QStringLiteral("--store"), m_store, QStringLiteral("status")}).out).value(QStringLiteral("content_hash"));
        const Run r = kb({QStringLiteral("--store"), m_store, QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.json: items[0] (x).kind: \"memo\" is not one of procedure, reply, article")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        const QString after = keyValues(kb({QStringLiteral("--store"), m_store, QStringLiteral("status")}).out).value(QStringLiteral("content_hash"));
        QCOMPARE(after, before);
    }

    void missingStoreAndUnknownCommandAreClearErrors()
    {
        const Run missing = kb({QStringLiteral("--store"), m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("status")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
        const Run unknown = kb({QStringLiteral("--store"), m_store, QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestKbCli)
#include "tst_kb_cli.moc"
