// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ProcedureWalk.h"

#include <QTest>

using namespace souffleur;

namespace {
// restart -> led? (yes: done / no: cable -> led2? (yes: done / no: escalate))
QList<Step> boxProcedure()
{
    Step restart{u"restart"_qs, StepType::Action, u"Restart the router"_qs, u"led"_qs, {}, {}, {}};
    Step led{u"led"_qs, StepType::Question, u"Is the light steady?"_qs, {}, {{u"Yes"_qs, u"done"_qs}, {u"No"_qs, u"cable"_qs}}, {}, {}};
    Step cable{u"cable"_qs, StepType::Action, u"Check the cable"_qs, {}, {}, {}, {}};
    Step led2{u"led2"_qs, StepType::Question, u"Steady now?"_qs, {}, {{u"Yes"_qs, u"done"_qs}, {u"No"_qs, u"esc"_qs}}, {}, {}};
    Step done{u"done"_qs, StepType::Resolution, u"Solved"_qs, {}, {}, {}, {}};
    Step esc{u"esc"_qs, StepType::Escalation, u"Line fault"_qs, {}, {}, u"Level 2"_qs, {u"Line number"_qs}};
    return {restart, led, cable, led2, done, esc};
}
} // namespace

class TestProcedureWalk final : public QObject
{
    Q_OBJECT
private slots:
    void walksABranchToEscalation()
    {
        ProcedureWalk w(boxProcedure());
        QCOMPARE(w.current()->id, u"restart"_qs);
        QVERIFY(!w.answer(0));  // not a question
        QVERIFY(w.advance());
        QCOMPARE(w.current()->id, u"led"_qs);
        QVERIFY(!w.advance());  // a question needs an answer
        QVERIFY(w.answer(1));
        QCOMPARE(w.current()->id, u"cable"_qs);
        QVERIFY(w.advance());   // no `next`: the following step in order
        QCOMPARE(w.current()->id, u"led2"_qs);
        QVERIFY(w.answer(1));
        QVERIFY(w.finished());
        QVERIFY(w.escalated());
        QCOMPARE(w.pathText(), u"1. Restart the router ✓\n2. Is the light steady? → No\n3. Check the cable ✓\n"
                               "4. Steady now? → No\n6. Line fault → Level 2"_qs);
    }

    void resolutionIsNotEscalation()
    {
        ProcedureWalk w(boxProcedure());
        QVERIFY(w.advance());
        QVERIFY(w.answer(0));
        QVERIFY(w.finished());
        QVERIFY(!w.escalated());
        QCOMPARE(w.current()->id, u"done"_qs);
    }

    void backAndRestart()
    {
        ProcedureWalk w(boxProcedure());
        QVERIFY(!w.back());
        QVERIFY(w.advance());
        QVERIFY(w.answer(1));
        QVERIFY(w.back());
        QCOMPARE(w.current()->id, u"led"_qs);
        QVERIFY(w.path().last().answer.isEmpty());  // the undone answer is forgotten
        w.restart();
        QCOMPARE(w.path().size(), 1);
        QCOMPARE(w.current()->id, u"restart"_qs);
    }

    void brokenGraphsDoNotCrash()
    {
        QList<Step> steps = boxProcedure();
        steps[0].next = u"nowhere"_qs;
        ProcedureWalk w(steps);
        QVERIFY(!w.advance());
        QCOMPARE(w.current()->id, u"restart"_qs);
        QVERIFY(!w.answer(5));
        ProcedureWalk empty({});
        QVERIFY(!empty.current());
        QVERIFY(empty.finished());
        QVERIFY(!empty.advance());
        QCOMPARE(empty.pathText(), QString());
    }
};

QTEST_GUILESS_MAIN(TestProcedureWalk)
#include "tst_procedure_walk.moc"
