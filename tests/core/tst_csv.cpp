// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Csv.h"
#include "common/InputLimits.h"

#include <QTest>

using namespace souffleur;

class TestCsv final : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void quotesWhenNeeded();
};

void TestCsv::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("lastFields");
    QTest::addColumn<int>("lastLine");
    QTest::newRow("simple") << QByteArray("text,category\nhello,a\n") << 2 << QStringList{u"hello"_qs, u"a"_qs} << 2;
    QTest::newRow("crlf, no final newline") << QByteArray("a,b\r\nc,d") << 2 << QStringList{u"c"_qs, u"d"_qs} << 2;
    QTest::newRow("quoted comma and quote") << QByteArray("t,c\n\"a, \"\"b\"\"\",x\n") << 2
                                            << QStringList{u"a, \"b\""_qs, u"x"_qs} << 2;
    QTest::newRow("embedded newline") << QByteArray("t,c\n\"line1\nline2\",x\nz,y\n") << 3
                                      << QStringList{u"z"_qs, u"y"_qs} << 4;
    QTest::newRow("bom and accents") << QByteArray("\xEF\xBB\xBFt,c\n\xC3\xA9tat,x\n") << 2
                                     << QStringList{u"\u00e9tat"_qs, u"x"_qs} << 2;
    QTest::newRow("blank lines skipped") << QByteArray("t,c\n\na,b\n\n") << 2 << QStringList{u"a"_qs, u"b"_qs} << 3;
    QTest::newRow("empty fields") << QByteArray("t,c\n,\n") << 2 << QStringList{QString(), QString()} << 2;
}

void TestCsv::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(int, records);
    QFETCH(QStringList, lastFields);
    QFETCH(int, lastLine);
    auto r = parseCsv(input, u"x.csv"_qs);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), records);
    QCOMPARE(r->constLast().fields, lastFields);
    QCOMPARE(r->constLast().line, lastLine);
}

void TestCsv::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated") << QByteArray("t,c\n\"abc,x\n") << u"line 2: a quoted field is never closed"_qs;
    QTest::newRow("text after quote") << QByteArray("t,c\nok,x\n\"a\"b,x\n") << u"line 3: unexpected text after a closing quote"_qs;
    QTest::newRow("bare quote") << QByteArray("t,c\nab\"c,x\n") << u"line 2: a quote inside an unquoted field"_qs;
    QTest::newRow("invalid utf-8") << QByteArray("t,c\n\xff\xfe,x\n") << u"not valid UTF-8"_qs;
    // Limits (common/InputLimits.h), named in the message.
    QTest::newRow("field over its limit") << ("t,c\nok,x\n" + QByteArray(limits::kMaxCsvFieldLength + 1, 'a') + ",x\n")
                                          << u"line 3: a field is over the limit of %1 characters"_qs.arg(limits::kMaxCsvFieldLength);
    QTest::newRow("quoted field over its limit, last") << ("t,c\nx,\"" + QByteArray(limits::kMaxCsvFieldLength + 1, 'a') + '"')
                                                      << u"line 2: a field is over the limit of %1 characters"_qs.arg(limits::kMaxCsvFieldLength);
    QTest::newRow("too many fields") << ("t,c\n" + QByteArray(limits::kMaxCsvFields + 1, ',') + "\n")
                                     << u"line 2: the row has over the limit of %1 fields"_qs.arg(limits::kMaxCsvFields);
}

void TestCsv::rejectsMalformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    auto r = parseCsv(input, u"x.csv"_qs);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
}

void TestCsv::quotesWhenNeeded()
{
    QCOMPARE(csvField(u"plain"_qs), u"plain"_qs);
    QCOMPARE(csvField(u"a,b"_qs), u"\"a,b\""_qs);
    QCOMPARE(csvField(u"say \"hi\""_qs), u"\"say \"\"hi\"\"\""_qs);
    auto back = parseCsv((csvField(u"x,\"y\"\nz"_qs) + u",c\n"_qs).toUtf8(), u"t"_qs);
    QVERIFY(back.ok());
    QCOMPARE(back->constFirst().fields.constFirst(), u"x,\"y\"\nz"_qs);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
