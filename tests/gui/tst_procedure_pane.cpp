// SPDX-License-Identifier: GPL-3.0-or-later
// The guided checklist as an agent uses it: answer buttons, keys, escalation box, back, restart, copy path.
#include "panel/ProcedurePane.h"
#include "panel/ProcessMapView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QGraphicsRectItem>
#include <QTest>

using namespace souffleur;

namespace {
Item boxProcedure()
{
    Item item;
    item.id = u"proc.box.en"_qs;
    item.kind = ItemKind::Procedure;
    item.locale = u"en-GB"_qs;
    item.content.title = u"Router not syncing"_qs;
    item.content.steps = {
        {u"restart"_qs, StepType::Action, u"Restart the router"_qs, u"led"_qs, {}, {}, {}},
        {u"led"_qs, StepType::Question, u"Is the DSL light steady?"_qs, {}, {{u"Yes"_qs, u"done"_qs}, {u"No"_qs, u"esc"_qs}}, {}, {}},
        {u"done"_qs, StepType::Resolution, u"Sync is back"_qs, {}, {}, {}, {}},
        {u"esc"_qs, StepType::Escalation, u"Probable line fault"_qs, {}, {}, u"Level 2 support"_qs, {u"Line number"_qs, u"Light colours"_qs}},
    };
    return item;
}
} // namespace

class TestProcedurePane final : public QObject
{
    Q_OBJECT
private slots:
    void walksToEscalationWithButtonsAndKeys()
    {
        ProcedurePane pane;
        pane.resize(380, 600);
        pane.show();
        pane.setProcedure(boxProcedure());
        auto *card = pane.findChild<QLabel *>(u"currentStepText"_qs);
        QVERIFY(card->text().contains(u"Restart the router"_qs));

        // Enter marks the action done.
        pane.setFocus();
        QTest::keyClick(&pane, Qt::Key_Return);
        QVERIFY(card->text().contains(u"Is the DSL light steady?"_qs));

        // The question offers one button per answer; "No" branches to the escalation.
        auto *no = pane.findChild<QPushButton *>(u"answer-1"_qs);
        QVERIFY(no);
        QCOMPARE(no->text(), u"2 · No"_qs);
        QSignalSpy escalated(&pane, &ProcedurePane::escalationReached);
        QTest::mouseClick(no, Qt::LeftButton);
        QVERIFY(pane.walk()->escalated());
        QCOMPARE(escalated.count(), 1);
        QCOMPARE(escalated.at(0).at(0).toString(), u"Level 2 support"_qs);
        QVERIFY(card->text().contains(u"Escalate to Level 2 support"_qs));
        QVERIFY(card->text().contains(u"Line number"_qs));
        QVERIFY(card->text().contains(u"Light colours"_qs));

        // The path copies into the clipboard for the ticket notes.
        QSignalSpy copied(&pane, &ProcedurePane::pathCopied);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"procedureCopyPath"_qs), Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        const QString expected = u"Router not syncing\n1. Restart the router ✓\n2. Is the DSL light steady? → No\n"
                                 "4. Probable line fault → Level 2 support"_qs;
        QCOMPARE(QApplication::clipboard()->text(), expected);

        // Back undoes the answer; key 1 takes the other branch.
        QTest::mouseClick(pane.findChild<QPushButton *>(u"procedureBack"_qs), Qt::LeftButton);
        QCOMPARE(pane.walk()->current()->id, u"led"_qs);
        pane.setFocus();
        QTest::keyClick(&pane, Qt::Key_1);
        QCOMPARE(pane.walk()->current()->id, u"done"_qs);
        QVERIFY(card->text().contains(u"Resolved"_qs));

        // Restart goes back to the first step with a fresh path.
        QTest::mouseClick(pane.findChild<QPushButton *>(u"procedureRestart"_qs), Qt::LeftButton);
        QCOMPARE(pane.walk()->path().size(), 1);
        QVERIFY(card->text().contains(u"Restart the router"_qs));
    }

    void processMapShowsEveryStep()
    {
        ProcedurePane pane;
        pane.setProcedure(boxProcedure());
        auto *toggle = pane.findChild<QPushButton *>(u"procedureToggleMap"_qs);
        QTest::mouseClick(toggle, Qt::LeftButton);
        auto *map = pane.findChild<ProcessMapView *>();
        QVERIFY(map->isVisibleTo(&pane));
        int boxes = 0;
        for (QGraphicsItem *i : map->scene()->items())
            boxes += i->type() == QGraphicsRectItem::Type ? 1 : 0;
        QCOMPARE(boxes, 4);
    }
};

QTEST_MAIN(TestProcedurePane)
#include "tst_procedure_pane.moc"
