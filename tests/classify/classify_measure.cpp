// SPDX-License-Identifier: GPL-3.0-or-later
// Measuring driver (not a test): trains on one CSV file, evaluates on another and prints the figures of
// docs/classifier.md. Usage:
//   classify_measure TRAIN.csv TEST.csv [--oos LABEL] [--solver cs|svm|lr] [--c 0.1,0.3,1] [--char 2-5|off]
//                    [--char-weight W] [--no-bigrams] [--predictions OUT.csv]
#include "classify/Evaluation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <QTextStream>

using namespace souffleur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: classify_measure TRAIN.csv TEST.csv [options]\n";
        return 2;
    }
    const QString train = args.takeFirst();
    const QString test = args.takeFirst();
    QString oos, predictions;
    EvaluationOptions options;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const QString v = args.isEmpty() ? QString() : args.constFirst();
        if (a == u"--oos") {
            oos = args.takeFirst();
        } else if (a == u"--predictions") {
            predictions = args.takeFirst();
        } else if (a == u"--solver") {
            args.removeFirst();
            options.classifier.solver = v == u"svm" ? LinearSolver::OneVsRestSvm
                                      : v == u"lr"  ? LinearSolver::OneVsRestLogistic
                                                    : LinearSolver::CrammerSinger;
        } else if (a == u"--c") {
            args.removeFirst();
            options.classifier.cCandidates.clear();
            for (const QString &c : v.split(u','))
                options.classifier.cCandidates.append(c.toDouble());
        } else if (a == u"--char") {
            args.removeFirst();
            if (v == u"off") {
                options.classifier.normalizer.charMax = 0;
            } else {
                options.classifier.normalizer.charMin = v.section(u'-', 0, 0).toInt();
                options.classifier.normalizer.charMax = v.section(u'-', 1, 1).toInt();
            }
        } else if (a == u"--char-weight") {
            options.classifier.tfidf.charWeight = args.takeFirst().toFloat();
        } else if (a == u"--min-df-char") {
            options.classifier.tfidf.minDfChar = args.takeFirst().toInt();
        } else if (a == u"--cost") {
            options.classifier.wrongAnswerCost = args.takeFirst().toDouble();
        } else if (a == u"--prior") {
            options.classifier.outOfScopePrior = args.takeFirst().toDouble();
        } else if (a == u"--oos-share") {
            options.classifier.outOfScopeShare = args.takeFirst().toDouble();
        } else if (a == u"--dump") {
            // Raw decision values of every test row, for studying confidence signals offline.
            const QString dumpPath = args.takeFirst();
            auto trainRows = readLabeledCsv(train);
            auto testRows = readLabeledCsv(test);
            ClassifierOptions o = options.classifier;
            o.outOfScopeLabel = oos;
            auto c = Classifier::train(*trainRows, o);
            QFile f(dumpPath);
            if (!c || !f.open(QIODevice::WriteOnly))
                return 1;
            QTextStream d(&f);
            d << "gold";
            for (const QString &l : c->labels())
                d << ',' << l;
            d << '\n';
            for (const TrainingExample &row : *testRows) {
                d << row.label;
                for (float value : c->decisionValues(row.text))
                    d << ',' << value;
                d << '\n';
            }
            out << "temperature=" << c->report().temperature << "\n";
            return 0;
        } else if (a == u"--bench") {
            // Training time, model size and the prediction time of ~300-character texts (test rows glued together).
            auto trainRows = readLabeledCsv(train);
            auto testRows = readLabeledCsv(test);
            if (!trainRows || !testRows)
                return 1;
            QElapsedTimer t;
            t.start();
            auto c = Classifier::train(*trainRows, options.classifier);
            if (!c)
                return 1;
            out << "train_s=" << double(t.nsecsElapsed()) / 1e9 << " examples=" << trainRows->size() << "\n";
            t.restart();
            const QByteArray blob = c->serialize();
            out << "model_mb=" << double(blob.size()) / 1e6 << " serialize_ms=" << t.elapsed();
            t.restart();
            auto reloaded = Classifier::deserialize(blob);
            out << " load_ms=" << t.elapsed() << "\n";
            QStringList texts;
            QString current;
            for (const TrainingExample &row : *testRows) {
                current += (current.isEmpty() ? QString() : u". "_qs) + row.text;
                if (current.size() >= 300) {
                    texts.append(current.left(320));
                    current.clear();
                }
            }
            QList<qint64> ns;
            for (const QString &text : std::as_const(texts)) {
                QElapsedTimer one;
                one.start();
                const Prediction p = reloaded->predict(text);
                ns.append(one.nsecsElapsed());
                Q_UNUSED(p);
            }
            std::sort(ns.begin(), ns.end());
            out << "predict300_p50_ms=" << double(ns.at(ns.size() / 2)) / 1e6
                << " predict300_p99_ms=" << double(ns.at(ns.size() * 99 / 100)) / 1e6 << " texts=" << ns.size() << "\n";
            return 0;
        } else if (a == u"--across") {
            options.classifier.normalizer.charAcrossWords = true;
        } else if (a == u"--surface") {
            options.classifier.normalizer.surfaceWords = true;
        } else if (a == u"--no-bigrams") {
            options.classifier.normalizer.wordBigrams = false;
        } else {
            out << "unknown option " << a << "\n";
            return 2;
        }
    }
    auto report = evaluateCsv(train, test, oos, predictions, options);
    if (!report) {
        out << report.error().toString() << "\n";
        return 1;
    }
    const TrainingReport &t = report->training;
    out << "train_s=" << report->trainSeconds << " examples=" << t.examples << " oos_examples=" << t.outOfScope
        << " classes=" << t.classes << " features=" << t.features << " C=" << t.C << " temperature=" << t.temperature
        << " threshold=" << t.threshold << " held_out_accuracy=" << t.heldOutAccuracy << "\n";
    out << "predict_ms=" << report->predictSecondsPerText * 1000 << " unsure=" << report->unsureCount << "\n";
    out << formatEvaluationLine(*report) << "\n";
    return 0;
}
