// SPDX-License-Identifier: GPL-3.0-or-later
// souffleur-kb as an admin or a script uses it: a real process on a real store file.
#include <QFile>
#include <QFileInfo>
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
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // The id of the first search hit (second column of `search`).
    QString firstHit(const QString &store, const QString &query)
    {
        const Run r = kb({QStringLiteral("--store"), store, QStringLiteral("search"), query});
        const QStringList columns = r.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
        return columns.size() > 1 ? columns.at(1) : QString();
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

    // status, search and export only read: an empty file, another file or an older store is refused, never changed.
    void readOnlyCommandsNeverCreateOrChangeAStore()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const QStringList &command : {QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("search"), QStringLiteral("box")},
                                           QStringList{QStringLiteral("export"), m_dir.filePath(QStringLiteral("out.json"))}}) {
            const Run r = kb(QStringList{QStringLiteral("--store"), empty} + command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is not a Souffleur knowledge store")), qPrintable(r.err));
            QCOMPARE(QFileInfo(empty).size(), 0);
            QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
        }
        // A real store is read as before, and left byte for byte as it was.
        const QByteArray before = readAll(m_store);
        QCOMPARE(kb({QStringLiteral("--store"), m_store, QStringLiteral("status")}).exitCode, 0);
        QCOMPARE(kb({QStringLiteral("--store"), m_store, QStringLiteral("search"), QStringLiteral("box")}).exitCode, 0);
        QCOMPARE(readAll(m_store), before);
    }

    // The desktop's feedback, headless: the same recorder writes the same outbox records.
    void feedbackCommandsFillTheOutbox()
    {
        const QString store = m_dir.filePath(QStringLiteral("feedback.sqlite"));
        QCOMPARE(kb({QStringLiteral("--store"), store, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        const QString item = firstHit(store, QStringLiteral("box"));
        QVERIFY(!item.isEmpty());
        const auto pending = [&] { return keyValues(kb({QStringLiteral("--store"), store, QStringLiteral("status")}).out).value(QStringLiteral("outbox")).toInt(); };
        QCOMPARE(pending(), 0);

        Run r = kb({QStringLiteral("--store"), store, QStringLiteral("vote"), item, QStringLiteral("--helpful")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(keyValues(r.out).value(QStringLiteral("uuid"))).hasMatch());
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outbox")), QStringLiteral("1"));
        r = kb({QStringLiteral("--store"), store, QStringLiteral("flag"), item, QStringLiteral("--reason"), QStringLiteral("wrong"),
                QStringLiteral("--comment"), QStringLiteral("Le voyant est orange, pas rouge")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kb({QStringLiteral("--store"), store, QStringLiteral("suggest-edit"), item, QStringLiteral("--field"), QStringLiteral("title"),
                QStringLiteral("--text"), QStringLiteral("Titre corrigé"), QStringLiteral("--reason"), QStringLiteral("Plus clair")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pending(), 3);

        // Refused as the desktop refuses them, and nothing is recorded.
        r = kb({QStringLiteral("--store"), store, QStringLiteral("suggest-edit"), item, QStringLiteral("--field"), QStringLiteral("title"),
                QStringLiteral("--text"), QStringLiteral("Titre corrigé encore"), QStringLiteral("--reason"), QString()});
        QCOMPARE(r.exitCode, 1);
        r = kb({QStringLiteral("--store"), store, QStringLiteral("flag"), item, QStringLiteral("--reason"), QStringLiteral("boring")});
        QCOMPARE(r.exitCode, 2);
        r = kb({QStringLiteral("--store"), store, QStringLiteral("vote"), QStringLiteral("no.such.item"), QStringLiteral("--not-helpful")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no.such.item")), qPrintable(r.err));
        r = kb({QStringLiteral("--store"), store, QStringLiteral("vote"), item, QStringLiteral("--helpful"), QStringLiteral("--not-helpful")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(pending(), 3);
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
