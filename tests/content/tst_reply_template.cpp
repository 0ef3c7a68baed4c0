// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ReplyTemplate.h"

#include <QTest>

using namespace souffleur;
using Values = QMap<QString, QString>;

class TestReplyTemplate final : public QObject
{
    Q_OBJECT
private slots:
    void fills_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unfilled");
        const QString hello = u"Bonjour {{customer.first_name|Madame, Monsieur}}, votre dossier {{ticket.reference}}."_qs;
        QTest::newRow("value") << hello << Values{{u"customer.first_name"_qs, u"Alice"_qs}, {u"ticket.reference"_qs, u"T-42"_qs}}
                               << u"Bonjour Alice, votre dossier T-42."_qs << QStringList();
        QTest::newRow("fallback") << hello << Values{{u"ticket.reference"_qs, u"T-42"_qs}}
                                  << u"Bonjour Madame, Monsieur, votre dossier T-42."_qs << QStringList();
        QTest::newRow("blank value uses fallback") << hello << Values{{u"customer.first_name"_qs, u"  "_qs}, {u"ticket.reference"_qs, u"T"_qs}}
                                                   << u"Bonjour Madame, Monsieur, votre dossier T."_qs << QStringList();
        QTest::newRow("unfilled stays visible") << hello << Values{}
                                                << u"Bonjour Madame, Monsieur, votre dossier {{ticket.reference}}."_qs
                                                << QStringList{u"ticket.reference"_qs};
        QTest::newRow("repeated placeholder listed once") << u"{{a}} and {{a}} and {{b}}"_qs << Values{}
                                                          << u"{{a}} and {{a}} and {{b}}"_qs << QStringList{u"a"_qs, u"b"_qs};
        QTest::newRow("empty fallback is a fallback") << u"Hi {{customer.first_name|}}!"_qs << Values{}
                                                      << u"Hi !"_qs << QStringList();
        QTest::newRow("no placeholders") << u"Plain text."_qs << Values{} << u"Plain text."_qs << QStringList();
    }

    void fills()
    {
        QFETCH(QString, text);
        QFETCH(Values, values);
        QFETCH(QString, expected);
        QFETCH(QStringList, unfilled);
        const ReplyTemplate t(text);
        QCOMPARE(t.filledText(values), expected);
        QCOMPARE(t.unfilled(values), unfilled);
    }

    void segmentsMarkPlaceholders()
    {
        const ReplyTemplate t(u"A {{x|fb}} B {{y}} C"_qs);
        const QList<ReplySegment> s = t.fill({{u"y"_qs, u"why"_qs}});
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.at(1).placeholder, u"x"_qs);
        QVERIFY(s.at(1).usedFallback);
        QCOMPARE(s.at(3).text, u"why"_qs);
        QVERIFY(s.at(3).filled && !s.at(3).usedFallback);
        QCOMPARE(t.placeholderNames(), (QStringList{u"x"_qs, u"y"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestReplyTemplate)
#include "tst_reply_template.moc"
