// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/Evaluation.h"

#include "common/Csv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSaveFile>
#include <QSet>

namespace souffleur {

Result<QList<TrainingExample>> readLabeledCsv(const QString &path)
{
    auto records = readCsvFile(path);
    if (!records)
        return records.error();
    const QString name = QFileInfo(path).fileName();
    if (records->isEmpty())
        return makeError(QObject::tr("%1 is empty; expected a header line `text,category`.").arg(name));
    const CsvRecord &header = records->constFirst();
    qsizetype textColumn = -1;
    qsizetype categoryColumn = -1;
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString field = header.fields.at(c).trimmed().toLower();
        if (field == u"text")
            textColumn = c;
        else if (field == u"category")
            categoryColumn = c;
    }
    if (textColumn < 0 || categoryColumn < 0)
        return makeError(QObject::tr("%1, line %2: the header must name the columns `text` and `category`.")
                             .arg(name)
                             .arg(header.line));

    QList<TrainingExample> out;
    QStringList problems;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        if (record.fields.size() != header.fields.size()) {
            problems.append(QObject::tr("%1, line %2: expected %3 fields, found %4.")
                                .arg(name)
                                .arg(record.line)
                                .arg(header.fields.size())
                                .arg(record.fields.size()));
            continue;
        }
        const QString text = record.fields.at(textColumn);
        const QString category = record.fields.at(categoryColumn).trimmed();
        if (text.trimmed().isEmpty() || category.isEmpty()) {
            problems.append(QObject::tr("%1, line %2: the text and the category must not be empty.")
                                .arg(name)
                                .arg(record.line));
            continue;
        }
        out.append({text, category, QString(), 1.0});
    }
    if (!problems.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(problems.size(), 20);
        QStringList details = problems.mid(0, shown);
        if (problems.size() > shown)
            details.append(QObject::tr("… and %1 more.").arg(problems.size() - shown));
        return makeError(problems.size() == 1 ? problems.constFirst()
                                              : QObject::tr("%1 has %2 malformed rows.").arg(name).arg(problems.size()),
                         problems.size() == 1 ? QStringList() : details);
    }
    return out;
}

Result<EvaluationReport> evaluateCsv(const QString &trainCsv, const QString &testCsv, const QString &outOfScopeLabel,
                                     const QString &predictionsCsv, const EvaluationOptions &options)
{
    auto train = readLabeledCsv(trainCsv);
    if (!train)
        return train.error();
    auto test = readLabeledCsv(testCsv);
    if (!test)
        return test.error();

    ClassifierOptions classifierOptions = options.classifier;
    classifierOptions.outOfScopeLabel = outOfScopeLabel;
    EvaluationReport report;
    QElapsedTimer timer;
    timer.start();
    auto classifier = Classifier::train(*train, classifierOptions);
    if (!classifier)
        return classifier.error();
    report.trainSeconds = double(timer.nsecsElapsed()) / 1e9;
    report.training = classifier->report();
    report.withOutOfScope = !outOfScopeLabel.isEmpty();

    // Per gold category: true positives, gold count, predicted count (an "unsure" answer predicts the
    // out-of-scope label).
    QHash<QString, int> truePositives, goldCount, predictedCount;
    QStringList predictionLines{u"id,predicted,confidence"_qs};
    int correct = 0, inScope = 0, inScopeCorrect = 0, outOfScope = 0, outOfScopeUnsure = 0;
    timer.restart();
    for (qsizetype i = 0; i < test->size(); ++i) {
        const TrainingExample &row = test->at(i);
        const Prediction p = classifier->predict(row.text, row.locale);
        QString predicted;
        if (report.withOutOfScope)
            predicted = p.unsure ? outOfScopeLabel : p.label;
        else
            predicted = p.top.isEmpty() ? QString() : p.top.constFirst().label;
        if (!report.withOutOfScope && !options.forceAnswer && p.unsure)
            predicted.clear();
        report.unsureCount += p.unsure ? 1 : 0;
        const bool isOutOfScope = report.withOutOfScope && row.label == outOfScopeLabel;
        const bool right = predicted == row.label;
        correct += right ? 1 : 0;
        if (isOutOfScope) {
            ++outOfScope;
            outOfScopeUnsure += right ? 1 : 0;
        } else {
            ++inScope;
            inScopeCorrect += right ? 1 : 0;
        }
        ++goldCount[row.label];
        if (!predicted.isEmpty())
            ++predictedCount[predicted];
        if (right)
            ++truePositives[row.label];
        const double confidence = p.top.isEmpty() ? 0.0 : p.top.constFirst().probability;
        predictionLines.append(QString::number(i) + u',' + csvField(predicted) + u','
                               + QString::number(confidence, 'f', 4));
    }
    report.predictSecondsPerText = test->isEmpty() ? 0 : double(timer.nsecsElapsed()) / 1e9 / double(test->size());

    report.n = int(test->size());
    report.accuracy = report.n ? double(correct) / report.n : 0;
    double f1Sum = 0;
    for (auto it = goldCount.cbegin(); it != goldCount.cend(); ++it) {
        const double tp = truePositives.value(it.key());
        const double precision = predictedCount.value(it.key()) ? tp / predictedCount.value(it.key()) : 0;
        const double recall = tp / it.value();
        f1Sum += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    }
    report.macroF1 = goldCount.isEmpty() ? 0 : f1Sum / double(goldCount.size());
    report.outOfScopeCount = outOfScope;
    report.outOfScopeRecall = outOfScope ? double(outOfScopeUnsure) / outOfScope : 0;
    report.inScopeAccuracy = inScope ? double(inScopeCorrect) / inScope : 0;

    if (!predictionsCsv.isEmpty()) {
        QSaveFile file(predictionsCsv);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(QObject::tr("Cannot write %1: %2").arg(predictionsCsv, file.errorString()));
        file.write(predictionLines.join(u'\n').toUtf8() + '\n');
        if (!file.commit())
            return makeError(QObject::tr("Cannot write %1: %2").arg(predictionsCsv, file.errorString()));
    }
    return report;
}

QString formatEvaluationLine(const EvaluationReport &report)
{
    QString line = QStringLiteral("accuracy=%1 macro_f1=%2 n=%3")
                       .arg(report.accuracy, 0, 'f', 4)
                       .arg(report.macroF1, 0, 'f', 4)
                       .arg(report.n);
    if (report.withOutOfScope)
        line += QStringLiteral(" oos_recall=%1 inscope_accuracy=%2")
                    .arg(report.outOfScopeRecall, 0, 'f', 4)
                    .arg(report.inScopeAccuracy, 0, 'f', 4);
    return line;
}

} // namespace souffleur
