// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/Evaluation.h"
#include "common/Csv.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;

namespace {
QString data(const char *name)
{
    return QStringLiteral(SOUFFLEUR_TEST_DATA "/") + QLatin1String(name);
}
} // namespace

class TestEvaluation final : public QObject
{
    Q_OBJECT
private slots:
    void formatsLastLine();
    void evaluatesFixtureExactly();
    void outOfScopeFiguresMatchPredictions();
    void reportsMalformedRows_data();
    void reportsMalformedRows();
};

void TestEvaluation::formatsLastLine()
{
    EvaluationReport r;
    r.accuracy = 0.93333;
    r.macroF1 = 0.9;
    r.n = 4500;
    QCOMPARE(formatEvaluationLine(r), u"accuracy=0.9333 macro_f1=0.9000 n=4500"_qs);
    r.withOutOfScope = true;
    r.outOfScopeRecall = 0.45678;
    r.inScopeAccuracy = 1;
    QCOMPARE(formatEvaluationLine(r),
             u"accuracy=0.9333 macro_f1=0.9000 n=4500 oos_recall=0.4568 inscope_accuracy=1.0000"_qs);
}

void TestEvaluation::evaluatesFixtureExactly()
{
    QTemporaryDir dir;
    const QString predictions = dir.filePath(u"predictions.csv"_qs);
    auto report = evaluateCsv(data("train.csv"), data("test.csv"), {}, predictions);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(formatEvaluationLine(*report), u"accuracy=1.0000 macro_f1=1.0000 n=9"_qs);

    auto rows = readCsvFile(predictions);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 10);
    QCOMPARE(rows->at(0).fields, (QStringList{u"id"_qs, u"predicted"_qs, u"confidence"_qs}));
    QCOMPARE(rows->at(1).fields.at(0), u"0"_qs);
    QCOMPARE(rows->at(1).fields.at(1), u"internet"_qs);
    QVERIFY(rows->at(1).fields.at(2).toDouble() > 0.5);
}

void TestEvaluation::outOfScopeFiguresMatchPredictions()
{
    // Recompute the figures from the predictions file, independently of the evaluator's own bookkeeping.
    QTemporaryDir dir;
    const QString predictions = dir.filePath(u"predictions.csv"_qs);
    auto report = evaluateCsv(data("train_oos.csv"), data("test_oos.csv"), u"oos"_qs, predictions);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->training.outOfScope, 3);
    auto gold = readLabeledCsv(data("test_oos.csv"));
    auto rows = readCsvFile(predictions);
    QVERIFY(gold && rows);
    QCOMPARE(rows->size(), gold->size() + 1);
    int correct = 0, oos = 0, oosRight = 0, in = 0, inRight = 0;
    QHash<QString, int> tp, goldCount, predicted;
    for (qsizetype i = 0; i < gold->size(); ++i) {
        const QString g = gold->at(i).label;
        const QString p = rows->at(i + 1).fields.at(1);
        const bool right = p == g;
        correct += right;
        (g == u"oos" ? oos : in) += 1;
        (g == u"oos" ? oosRight : inRight) += right;
        ++goldCount[g];
        ++predicted[p];
        tp[g] += right;
    }
    double f1 = 0;
    for (auto it = goldCount.cbegin(); it != goldCount.cend(); ++it) {
        const double precision = predicted.value(it.key()) ? double(tp.value(it.key())) / predicted.value(it.key()) : 0;
        const double recall = double(tp.value(it.key())) / it.value();
        f1 += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    }
    f1 /= double(goldCount.size());
    const QString expected = u"accuracy=%1 macro_f1=%2 n=%3 oos_recall=%4 inscope_accuracy=%5"_qs
                                 .arg(double(correct) / double(gold->size()), 0, 'f', 4)
                                 .arg(f1, 0, 'f', 4)
                                 .arg(gold->size())
                                 .arg(double(oosRight) / oos, 0, 'f', 4)
                                 .arg(double(inRight) / in, 0, 'f', 4);
    QCOMPARE(formatEvaluationLine(*report), expected);
    QCOMPARE(report->outOfScopeCount, 2);
    QCOMPARE(report->inScopeAccuracy, 1.0);
}

void TestEvaluation::reportsMalformedRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("asTrain");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unterminated quote") << data("malformed_quote.csv") << true
                                        << QStringList{u"malformed_quote.csv, line 3"_qs};
    QTest::newRow("field counts and empty category") << data("malformed_fields.csv") << false
                                                     << QStringList{u"malformed_fields.csv, line 4"_qs,
                                                                    u"malformed_fields.csv, line 5"_qs};
}

void TestEvaluation::reportsMalformedRows()
{
    QFETCH(QString, file);
    QFETCH(bool, asTrain);
    QFETCH(QStringList, mentions);
    auto report = asTrain ? evaluateCsv(file, data("test.csv"), {}, {}) : evaluateCsv(data("train.csv"), file, {}, {});
    QVERIFY(!report);
    const QString text = report.error().toString();
    for (const QString &m : mentions)
        QVERIFY2(text.contains(m), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
