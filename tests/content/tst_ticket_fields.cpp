// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket's fields for reply placeholders: the courtesy title a reply says is derived from the one typed before
// the customer's name, in the reply's language; channels and fields have names, never their keys.
#include "content/TicketFields.h"

#include <QTest>

using namespace souffleur;

class TestTicketFields final : public QObject
{
    Q_OBJECT
private slots:
    void civility_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("english");
        QTest::newRow("Mme") << "Mme Claire Martin" << "Madame" << "Ms";
        QTest::newRow("Madame") << "Madame Martin" << "Madame" << "Ms";
        QTest::newRow("Mlle") << "Mlle Léa Roux" << "Madame" << "Ms";
        QTest::newRow("M.") << "M. Paul Durand" << "Monsieur" << "Mr";
        QTest::newRow("Monsieur") << "monsieur jean de la tour" << "Monsieur" << "Mr";
        QTest::newRow("Mr") << "Mr John Carter" << "Monsieur" << "Mr";
        QTest::newRow("Mr.") << "Mr. Carter" << "Monsieur" << "Mr";
        QTest::newRow("Mrs") << "Mrs Ann Carter" << "Madame" << "Mrs";
        QTest::newRow("Ms") << "Ms Ann Carter" << "Madame" << "Ms";
        QTest::newRow("no title") << "Claire Martin" << "" << "";
        QTest::newRow("Dr: no safe guess") << "Dr Ana Lopez" << "" << "";
        QTest::newRow("no name") << "" << "" << "";
    }
    void civility()
    {
        QFETCH(QString, name);
        const QMap<QString, QString> fields = TicketFields::fromCustomer(name, QString());
        const QString key = QStringLiteral("customer.civility");
        QTEST(TicketFields::withCivility(fields, QStringLiteral("fr-FR")).value(key), "french");
        QTEST(TicketFields::withCivility(fields, QStringLiteral("en-GB")).value(key), "english");
    }

    void typedCivilityWins()
    {
        QMap<QString, QString> fields = TicketFields::fromCustomer(QStringLiteral("Mme Claire Martin"), QString());
        fields.insert(QStringLiteral("customer.civility"), QStringLiteral("Maître"));
        QCOMPARE(TicketFields::withCivility(fields, QStringLiteral("fr-FR")).value(QStringLiteral("customer.civility")),
                 QStringLiteral("Maître"));
    }

    void fromCustomer()
    {
        const QMap<QString, QString> f = TicketFields::fromCustomer(QStringLiteral("  Mme  Claire Martin "), QStringLiteral(" 0612 "));
        QCOMPARE(f.value(QStringLiteral("customer.name")), QStringLiteral("Mme Claire Martin"));
        QCOMPARE(f.value(QStringLiteral("customer.title")), QStringLiteral("Mme"));
        QCOMPARE(f.value(QStringLiteral("customer.first_name")), QStringLiteral("Claire"));
        QCOMPARE(f.value(QStringLiteral("customer.last_name")), QStringLiteral("Martin"));
        QCOMPARE(f.value(QStringLiteral("customer.account")), QStringLiteral("0612"));
        QCOMPARE(f.value(QStringLiteral("customer.contract")), QStringLiteral("0612"));
        for (const QString &key : f.keys())
            QVERIFY2(TicketFields::filledKeys().contains(key), qPrintable(key));
        QVERIFY(TicketFields::fromCustomer(QString(), QString()).isEmpty());
    }

    void labelsAreNotKeys()
    {
        for (const QString &key : TicketFields::knownKeys()) {
            const QString label = TicketFields::label(key);
            QVERIFY2(!label.isEmpty() && !label.contains(QLatin1Char('.')) && !label.contains(QLatin1Char('_')),
                     qPrintable(key + QStringLiteral(" -> ") + label));
        }
        for (const QString &key : TicketFields::filledKeys())
            QVERIFY2(TicketFields::knownKeys().contains(key), qPrintable(key));
        QCOMPARE(TicketFields::label(QStringLiteral("customer.last_name")), QStringLiteral("customer's last name"));
        QCOMPARE(TicketFields::label(QStringLiteral("no.such_key")), QStringLiteral("no.such_key"));
        QCOMPARE(TicketFields::channelLabels({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat")}),
                 QStringList({QStringLiteral("phone"), QStringLiteral("e-mail"), QStringLiteral("chat")}));
    }
};

QTEST_APPLESS_MAIN(TestTicketFields)
#include "tst_ticket_fields.moc"
