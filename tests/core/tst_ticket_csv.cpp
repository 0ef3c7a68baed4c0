// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "bundle/BundleImporter.h"
#include "bundle/TicketCsvImporter.h"
#include "store/ContentRepository.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace souffleur;
using namespace souffleur::test;

class TestTicketCsv final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void importsByCategory_data();
    void importsByCategory();
    void storesLocaleColumn();
    void rejectsBadHeader_data();
    void rejectsBadHeader();
    void reportsBadRowsWithLineNumbers();
    void refusesControlAndBidiCharacters();
    void importingTwiceAddsNothing();

private:
    QString writeCsv(const QByteArray &data, const QString &name = u"tickets.csv"_qs);
    QList<Ticket> tickets();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestTicketCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = Store::open(m_dir->filePath(u"store.sqlite"_qs));
    QVERIFY2(store.ok(), errorText(store));
    m_store = std::move(*store);
    // The fixture's categories: internet > panne > synchro (Internet > Panne > Box sans synchro /
    // Internet > Outage > Router not syncing) and facturation (Facturation / Billing). Its own tickets are dropped.
    auto kb = BundleImporter::importFile(*m_store, fixture(u"small-kb.json"_qs));
    QVERIFY2(kb.ok(), errorText(kb));
    QSqlQuery clear(m_store->database());
    QVERIFY(clear.exec(u"DELETE FROM tickets"_qs));
    QCOMPARE(tickets().size(), 0);
}

void TestTicketCsv::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestTicketCsv::writeCsv(const QByteArray &data, const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!writeAll(path, data))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<Ticket> TestTicketCsv::tickets()
{
    auto list = ContentRepository(*m_store).tickets();
    return list ? *list : QList<Ticket>();
}

void TestTicketCsv::importsByCategory_data()
{
    QTest::addColumn<QByteArray>("category");  // as written in the CSV (UTF-8)
    QTest::addColumn<QString>("expected");
    QTest::newRow("id") << QByteArray("internet.panne") << u"internet.panne"_qs;
    QTest::newRow("id, other case") << QByteArray("Internet.Panne") << u"internet.panne"_qs;
    QTest::newRow("root id") << QByteArray("facturation") << u"facturation"_qs;
    QTest::newRow("French path") << QByteArray("Internet > Panne") << u"internet.panne"_qs;
    QTest::newRow("English path") << QByteArray("Internet > Outage") << u"internet.panne"_qs;
    QTest::newRow("French path, depth 3") << QByteArray("Internet > Panne > Box sans synchro") << u"internet.panne.synchro"_qs;
    QTest::newRow("English path, depth 3") << QByteArray("Internet > Outage > Router not syncing") << u"internet.panne.synchro"_qs;
    QTest::newRow("path, loose spacing and case") << QByteArray("  internet>PANNE >  box   sans synchro ")
                                                  << u"internet.panne.synchro"_qs;
    QTest::newRow("English root name") << QByteArray("Billing") << u"facturation"_qs;
    QTest::newRow("quoted path") << QByteArray("\"Internet > Panne\"") << u"internet.panne"_qs;
}

void TestTicketCsv::importsByCategory()
{
    QFETCH(QByteArray, category);
    QFETCH(QString, expected);
    const QString path = writeCsv("text,category\n\"ma box clignote, plus d'internet\"," + category + "\n");
    auto report = TicketCsvImporter::importFile(*m_store, path);
    QVERIFY2(report.ok(), errorText(report));
    QCOMPARE(report->ticketsAdded, 1);
    QCOMPARE(report->ticketsKnown, 0);
    const QList<Ticket> all = tickets();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().text, u"ma box clignote, plus d'internet"_qs);
    QCOMPARE(all.constFirst().category, expected);
    QCOMPARE(all.constFirst().locale, QString());
}

void TestTicketCsv::storesLocaleColumn()
{
    const QString path = writeCsv("\xEF\xBB\xBFtext,category,locale\r\n"
                                  "\"ma facture a doubl\xC3\xA9\",Facturation,fr-FR\r\n"
                                  "my bill doubled,Billing,en-GB\r\n"
                                  "no locale given,facturation,\r\n");
    auto report = TicketCsvImporter::importFile(*m_store, path);
    QVERIFY2(report.ok(), errorText(report));
    QCOMPARE(report->ticketsAdded, 3);
    const QList<Ticket> expected{Ticket{u"ma facture a doublé"_qs, u"facturation"_qs, u"fr-FR"_qs},
                                 Ticket{u"my bill doubled"_qs, u"facturation"_qs, u"en-GB"_qs},
                                 Ticket{u"no locale given"_qs, u"facturation"_qs, QString()}};
    QCOMPARE(tickets(), expected);
}

void TestTicketCsv::rejectsBadHeader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("french header") << QByteArray("texte,categorie\nbonjour,facturation\n");
    QTest::newRow("swapped") << QByteArray("category,text\nfacturation,bonjour\n");
    QTest::newRow("one column") << QByteArray("text\nbonjour\n");
    QTest::newRow("extra column") << QByteArray("text,category,locale,source\nbonjour,facturation,fr-FR,x\n");
    QTest::newRow("no header, data first") << QByteArray("bonjour,facturation\n");
}

void TestTicketCsv::rejectsBadHeader()
{
    QFETCH(QByteArray, csv);
    auto report = TicketCsvImporter::importFile(*m_store, writeCsv(csv));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().toString().contains(u"tickets.csv, line 1: the header must be"_qs), errorText(report));
    QCOMPARE(tickets().size(), 0);
}

void TestTicketCsv::reportsBadRowsWithLineNumbers()
{
    // Line 2-4 hold one record whose quoted text spans three lines; the bad rows come after it.
    const QString path = writeCsv("text,category\n"
                                  "\"premi\xC3\xA8re ligne\ndeuxi\xC3\xA8me ligne\ntroisi\xC3\xA8me\",internet\n"
                                  "ok,internet.panne\n"
                                  "inconnue,Internet > Nope\n"
                                  "\"trop\",de,champs\n"
                                  "\"encore\nune\",facturation\n"
                                  "seul\n",
                                  u"bad.csv"_qs);
    auto report = TicketCsvImporter::importFile(*m_store, path);
    QVERIFY(!report.ok());
    const QStringList expected{u"bad.csv, line 6: unknown category \"Internet > Nope\""_qs,
                               u"bad.csv, line 7: expected 2 fields, found 3"_qs,
                               u"bad.csv, line 10: expected 2 fields, found 1"_qs};
    QCOMPARE(report.error().details, expected);
    QVERIFY2(report.error().message.contains(u"nothing was imported"_qs), qPrintable(report.error().message));
    QCOMPARE(tickets().size(), 0);
}

void TestTicketCsv::refusesControlAndBidiCharacters()
{
    const QString path = writeCsv("text,category\n"
                                  "\"ligne\net tabulation\t\",internet\n"
                                  "facture \xE2\x80\xAE""fdp.exe,facturation\n"
                                  "\x1b]0;titre\x07,internet\n",
                                  u"ctl.csv"_qs);
    auto report = TicketCsvImporter::importFile(*m_store, path);
    QVERIFY(!report.ok());
    const QStringList expected{u"ctl.csv, line 4: the text contains the control or bidirectional character U+202E"_qs,
                               u"ctl.csv, line 5: the text contains the control or bidirectional character U+001B"_qs};
    QCOMPARE(report.error().details, expected);
    QCOMPARE(tickets().size(), 0);
}

void TestTicketCsv::importingTwiceAddsNothing()
{
    const QString path = writeCsv("text,category,locale\n"
                                  "ma box clignote,Internet > Panne > Box sans synchro,fr-FR\n"
                                  "my router blinks,Internet > Outage > Router not syncing,en-GB\n"
                                  "facture trop \xC3\xA9lev\xC3\xA9""e,facturation,fr-FR\n");
    auto first = TicketCsvImporter::importFile(*m_store, path);
    QVERIFY2(first.ok(), errorText(first));
    QCOMPARE(first->ticketsAdded, 3);
    QCOMPARE(first->ticketsKnown, 0);
    const QList<Ticket> after = tickets();
    const QString hash = *ContentRepository(*m_store).contentHash();

    auto second = TicketCsvImporter::importFile(*m_store, path);
    QVERIFY2(second.ok(), errorText(second));
    QCOMPARE(second->ticketsAdded, 0);
    QCOMPARE(second->ticketsKnown, 3);
    QCOMPARE(tickets(), after);
    QCOMPARE(*ContentRepository(*m_store).contentHash(), hash);
}

QTEST_GUILESS_MAIN(TestTicketCsv)
#include "tst_ticket_csv.moc"
