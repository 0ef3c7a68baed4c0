// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting a customer's name for reply placeholders: a courtesy title is never taken for a first name.
#include "content/CustomerName.h"

#include <QTest>

using namespace souffleur;

class TestCustomerName final : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("title first last") << "Mme Claire Martin" << "Mme" << "Claire" << "Martin";
        QTest::newRow("title last") << "Mme Martin" << "Mme" << "" << "Martin";
        QTest::newRow("english title with dot") << "Mr. John Carter" << "Mr." << "John" << "Carter";
        QTest::newRow("lower-case title") << "monsieur jean de la tour" << "monsieur" << "jean" << "de la tour";
        QTest::newRow("no title") << "Claire Martin" << "" << "Claire" << "Martin";
        QTest::newRow("one word") << "Claire" << "" << "Claire" << "";
        QTest::newRow("a name that looks like a title alone") << "Me" << "" << "Me" << "";
        QTest::newRow("extra spaces") << "  Dr   Ana   Lopez  " << "Dr" << "Ana" << "Lopez";
        QTest::newRow("empty") << "" << "" << "" << "";
    }
    void parse()
    {
        QFETCH(QString, input);
        const CustomerName name = CustomerName::parse(input);
        QTEST(name.title, "title");
        QTEST(name.first, "first");
        QTEST(name.last, "last");
    }
};

QTEST_APPLESS_MAIN(TestCustomerName)
#include "tst_customer_name.moc"
