// SPDX-License-Identifier: GPL-3.0-or-later
// The item models of ui/models through every change they make (reset, names in another locale, changed marks,
// retranslation), each watched by QAbstractItemModelTester, which fails the test on any broken model contract
// (indexes, parents, row counts, signals, role types); and what they show.
#include "models/CategoryTreeModel.h"
#include "models/ItemListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace souffleur;

namespace {

using TesterMode = QAbstractItemModelTester::FailureReportingMode;

Category category(const QString &id, const QString &parent, int position, const QString &fr, const QString &en = {})
{
    Category c;
    c.id = id;
    c.parent = parent;
    c.position = position;
    c.names.insert(QStringLiteral("fr-FR"), fr);
    if (!en.isEmpty())
        c.names.insert(QStringLiteral("en-GB"), en);
    return c;
}

ItemListEntry entry(ItemKind kind, const QString &id, const QString &title)
{
    return {kind, id, title, QStringLiteral("about \u0002%1\u0003").arg(title), QStringLiteral("fr-FR")};
}

// The titles under each group heading, as "heading: title, title".
QStringList groups(const QAbstractItemModel &model)
{
    QStringList out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QStringList titles;
        for (int r = 0; r < model.rowCount(group); ++r)
            titles << model.index(r, 0, group).data().toString();
        out << group.data().toString() + QStringLiteral(": ") + titles.join(QStringLiteral(", "));
    }
    return out;
}

} // namespace

class TestItemModels final : public QObject
{
    Q_OBJECT
private slots:
    void itemListGroupsByKindThroughEveryChange()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model, TesterMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.firstItem().isValid());

        model.setEntries({entry(ItemKind::Article, QStringLiteral("art.1"), QStringLiteral("Tarifs")),
                          entry(ItemKind::Procedure, QStringLiteral("proc.1"), QStringLiteral("Box sans synchro")),
                          entry(ItemKind::Article, QStringLiteral("art.2"), QStringLiteral("Fibre")),
                          entry(ItemKind::Procedure, QStringLiteral("proc.2"), QStringLiteral("Perte fibre"))});
        // Procedures first, then articles; no empty "replies" group.
        QCOMPARE(groups(model), (QStringList{QStringLiteral("Procedures (2): Box sans synchro, Perte fibre"),
                                             QStringLiteral("Articles (2): Tarifs, Fibre")}));
        QCOMPARE(model.entryCount(), 4);
        QCOMPARE(model.firstItem().data(ItemListModel::IdRole).toString(), QStringLiteral("proc.1"));
        const QModelIndex heading = model.index(0, 0);
        QVERIFY(heading.data(ItemListModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(heading) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(model.firstItem()) & Qt::ItemIsSelectable);
        // Item rows have no children, and nothing hangs below column 0 or past the last row.
        QCOMPARE(model.rowCount(model.firstItem()), 0);
        QVERIFY(!model.index(0, 0, model.firstItem()).isValid());
        QVERIFY(!model.index(2, 0).isValid());
        QVERIFY(!model.index(0, 1).isValid());
        QVERIFY(!model.index(2, 0, heading).isValid());
        // The tooltip is the detail without the match markers.
        QCOMPARE(model.firstItem().data(Qt::ToolTipRole).toString(), QStringLiteral("about Box sans synchro"));

        // A changed item: marked in every role that shows it, its row announced.
        const QModelIndex article = model.index(1, 0, model.index(1, 0));
        QCOMPARE(article.data(ItemListModel::IdRole).toString(), QStringLiteral("art.2"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setChangedIds({QStringLiteral("art.2")});
        QVERIFY(!changed.isEmpty());
        QVERIFY(article.data(ItemListModel::ChangedRole).toBool());
        QVERIFY(!model.firstItem().data(ItemListModel::ChangedRole).toBool());
        QVERIFY(article.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!article.data(Qt::DecorationRole).isNull());
        QCOMPARE(article.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Fibre (changed)"));
        QVERIFY(article.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Changed since you last opened it.")));
        changed.clear();
        model.setChangedIds({QStringLiteral("art.2")});  // the same marks: nothing to announce
        QVERIFY(changed.isEmpty());
        model.retranslate();
        QCOMPARE(changed.size(), 1);

        // Fewer entries, then none: the groups follow.
        model.setEntries({entry(ItemKind::Reply, QStringLiteral("rep.1"), QStringLiteral("Rappel"))});
        QCOMPARE(groups(model), QStringList{QStringLiteral("Standard replies (1): Rappel")});
        model.setChangedIds({});
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
        model.retranslate();
    }

    void categoryTreeFollowsParentsPositionsAndLocale()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, TesterMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        // Out of order on purpose: children before their parent, positions not in list order; one name only in
        // French (the knowledge base's default locale), one parent missing (the category goes to the top).
        model.setCategories({category(QStringLiteral("internet.panne"), QStringLiteral("internet"), 1, QStringLiteral("Panne"), QStringLiteral("Outage")),
                             category(QStringLiteral("facture"), {}, 2, QStringLiteral("Facture"), QStringLiteral("Billing")),
                             category(QStringLiteral("internet"), {}, 1, QStringLiteral("Internet"), QStringLiteral("Internet")),
                             category(QStringLiteral("internet.debit"), QStringLiteral("internet"), 0, QStringLiteral("Débit lent")),
                             category(QStringLiteral("orphan"), QStringLiteral("gone"), 3, QStringLiteral("Divers"), QStringLiteral("Other"))},
                            QStringLiteral("fr-FR"), QStringLiteral("fr-FR"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(CategoryTreeModel::IdRole).toString(), QStringLiteral("internet"));
        QCOMPARE(model.index(1, 0).data(CategoryTreeModel::IdRole).toString(), QStringLiteral("facture"));
        QCOMPARE(model.index(2, 0).data(CategoryTreeModel::IdRole).toString(), QStringLiteral("orphan"));
        const QModelIndex internet = model.index(0, 0);
        QCOMPARE(model.rowCount(internet), 2);
        QCOMPARE(model.index(0, 0, internet).data().toString(), QStringLiteral("Débit lent"));
        QCOMPARE(model.index(1, 0, internet).data().toString(), QStringLiteral("Panne"));
        QCOMPARE(model.indexOf(QStringLiteral("internet.panne")), model.index(1, 0, internet));
        QCOMPARE(model.indexOf(QStringLiteral("internet.panne")).parent(), internet);
        QVERIFY(!model.indexOf(QStringLiteral("nowhere")).isValid());
        QCOMPARE(model.path(QStringLiteral("internet.panne")), QStringLiteral("Internet › Panne"));

        // In English: names change, the tree does not; a name missing in English falls back to French.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QStringLiteral("en-GB"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(1, 0, internet).data().toString(), QStringLiteral("Outage"));
        QCOMPARE(model.index(0, 0, internet).data().toString(), QStringLiteral("Débit lent"));
        QCOMPARE(model.path(QStringLiteral("internet.panne")), QStringLiteral("Internet › Outage"));
        QCOMPARE(model.index(1, 0, internet).data(CategoryTreeModel::PathRole).toString(), QStringLiteral("Internet › Outage"));

        model.setCategories({}, QStringLiteral("en-GB"), QStringLiteral("fr-FR"));
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QStringLiteral("fr-FR"));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
