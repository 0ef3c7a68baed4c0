// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop services on real store files: typed answers, long work on its own thread (classification answers
// while the long-work thread is busy), progress, and cancel that leaves the store as it was.
#include "classify/ClassifierRepository.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace souffleur;

namespace {

const QString kSmallKb = QStringLiteral(SOUFFLEUR_CORE_DATA "/small-kb.json");

// Holds the long-work thread until release(): whatever is asked of it meanwhile waits, so a test can see what
// does and does not wait behind long work without timing anything.
class LongWorkHold final
{
public:
    explicit LongWorkHold(LongWork &longWork)
    {
        m_done = longWork.runPlain([this] {
            m_started.release();
            m_release.acquire();
        });
        m_started.acquire();  // the thread is held from here on
    }
    ~LongWorkHold() { release(); }
    Q_DISABLE_COPY_MOVE(LongWorkHold)

    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
        }
    }

private:
    QSemaphore m_started;
    QSemaphore m_release;
    bool m_released = false;
    QFuture<void> m_done;
};

} // namespace

class TestServices final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    int m_run = 0;

    // The result of a future that finishes on another thread, waited for without blocking the event loop.
    template <typename T>
    T resultOf(QFuture<T> future)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000); }();
        return future.result();
    }

    KnowledgeCounts counts()
    {
        auto overview = resultOf(m_services->knowledge().overview());
        return overview ? overview->counts : KnowledgeCounts{-1, -1, -1};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Each test on a new empty store of its own.
    void init()
    {
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        m_services->classifier().setRetrainDelay(0);
        auto opened = resultOf(m_services->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_run)), false));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    }

    void cleanup()
    {
        m_services.reset();
        m_executor.reset();
    }

    void importFillsTheStoreWithProgress()
    {
        const KnowledgeCounts before = counts();
        QCOMPARE(before.procedures + before.replies + before.articles, 0);
        auto import = m_services->bundles().importFile(kSmallKb);
        QFutureWatcher<Result<ImportReport>> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        watcher.setFuture(import);
        auto report = resultOf(import);
        QVERIFY(report.ok());
        QCOMPARE(report->itemsAdded, 5);
        QCOMPARE(import.progressValue(), import.progressMaximum());
        QVERIFY(import.progressMaximum() >= 5);
        const KnowledgeCounts after = counts();
        QCOMPARE(after.procedures, 2);
        QCOMPARE(after.replies, 1);
        QCOMPARE(after.articles, 2);
    }

    void brokenBundleChangesNothing()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "souffleur-knowledge", "items": [)");
        file.close();
        auto report = resultOf(m_services->bundles().importFile(broken));
        QVERIFY(!report.ok());
        QVERIFY(!report.error().message.isEmpty());
        QCOMPARE(counts().procedures, 0);
    }

    void canceledImportChangesNothing()
    {
        QFuture<Result<ImportReport>> import;
        {
            LongWorkHold hold(m_services->longWork());
            import = m_services->bundles().importFile(kSmallKb);
            import.cancel();
        }
        QTRY_VERIFY_WITH_TIMEOUT(import.isFinished(), 60000);
        QVERIFY(import.isCanceled());
        QCOMPARE(import.resultCount(), 0);
        const KnowledgeCounts after = counts();
        QCOMPARE(after.procedures + after.replies + after.articles, 0);
    }

    void importDoesNotHoldTheKnowledgeService()
    {
        LongWorkHold hold(m_services->longWork());
        auto import = m_services->bundles().importFile(kSmallKb);
        // The long-work thread is busy: the quick per-keystroke work still answers.
        auto search = m_services->knowledge().search({QStringLiteral("box"), QStringLiteral("fr-FR"), 10});
        QTRY_VERIFY_WITH_TIMEOUT(search.isFinished(), 60000);
        QVERIFY(search.result().ok());
        QVERIFY(!import.isFinished());  // the import waits for the long-work thread, not for the store's
        hold.release();
        QVERIFY(resultOf(import).ok());
        QCOMPARE(counts().procedures, 2);
    }

    void classificationAnswersWhileTrainingWaits()
    {
        QVERIFY(resultOf(m_services->bundles().importFile(kSmallKb)).ok());
        ClassifierService &classifier = m_services->classifier();
        QSignalSpy loaded(&classifier, &ClassifierService::loaded);
        QSignalSpy started(&classifier, &ClassifierService::trainingStarted);
        QSignalSpy trained(&classifier, &ClassifierService::trained);
        LongWorkHold hold(m_services->longWork());
        classifier.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 60000);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), false);  // no model yet: the training is what makes one
        QVERIFY(classifier.isTraining());

        // While the training waits for (or runs on) the long-work thread, the panel's calls keep answering.
        TicketInput input;
        input.text = QStringLiteral("la box ne synchronise plus");
        input.agentLocale = QStringLiteral("fr-FR");
        for (int i = 0; i < 3; ++i) {
            auto answer = classifier.assist(input);
            QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 60000);
            QVERIFY(answer.result().ok());
        }
        auto categories = classifier.categories(QStringLiteral("fr-FR"));
        QTRY_VERIFY_WITH_TIMEOUT(categories.isFinished(), 60000);
        QCOMPARE(categories.result().size(), 4);
        QCOMPARE(trained.count(), 0);

        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 60000);
        QCOMPARE(classifier.trainingsDone(), 1);
        QVERIFY(!classifier.isTraining());
        auto answer = resultOf(classifier.assist(input));
        QVERIFY(answer.ok());
        QVERIFY(!answer->prediction.top.isEmpty());  // the trained model classifies
    }

    void canceledTrainingKeepsNoModel()
    {
        QVERIFY(resultOf(m_services->bundles().importFile(kSmallKb)).ok());
        ClassifierService &classifier = m_services->classifier();
        QSignalSpy started(&classifier, &ClassifierService::trainingStarted);
        QSignalSpy trained(&classifier, &ClassifierService::trained);
        QFuture<void> training;
        {
            LongWorkHold hold(m_services->longWork());
            classifier.start();
            QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 60000);
            training = started.at(0).at(0).value<QFuture<void>>();
            classifier.cancelTraining();
        }
        QTRY_VERIFY_WITH_TIMEOUT(training.isFinished(), 60000);
        QVERIFY(training.isCanceled());
        QTRY_VERIFY_WITH_TIMEOUT(!classifier.isTraining(), 60000);
        QCOMPARE(trained.count(), 0);
        QCOMPARE(classifier.trainingsDone(), 0);
        // Nothing was saved: the store still has no model.
        auto saved = resultOf(m_executor->run([](Store &store) { return ClassifierRepository(store).load(); }));
        QVERIFY(saved.ok());
        QVERIFY(!saved->has_value());

        // Asked again, it trains.
        classifier.retrain();
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 60000);
    }

    void exportWritesTheFileAndCancelWritesNone()
    {
        QVERIFY(resultOf(m_services->bundles().importFile(kSmallKb)).ok());
        const QString canceledPath = m_dir.filePath(QStringLiteral("canceled-%1.json").arg(m_run));
        QFuture<Result<void>> canceled;
        {
            LongWorkHold hold(m_services->longWork());
            canceled = m_services->bundles().exportFile(canceledPath);
            canceled.cancel();
        }
        QTRY_VERIFY_WITH_TIMEOUT(canceled.isFinished(), 60000);
        QVERIFY(canceled.isCanceled());
        QVERIFY(!QFile::exists(canceledPath));

        const QString path = m_dir.filePath(QStringLiteral("export-%1.json").arg(m_run));
        QVERIFY(resultOf(m_services->bundles().exportFile(path)).ok());
        QVERIFY(QFile::exists(path));
        // The file is a bundle that imports into another store as the same knowledge.
        DesktopServices &services = *m_services;
        auto again = resultOf(services.bundles().importFile(path));
        QVERIFY(again.ok());
        QCOMPARE(again->itemsUnchanged, 5);
    }

    void itemAnswersWithTheVariantOrNothing()
    {
        QVERIFY(resultOf(m_services->bundles().importFile(kSmallKb)).ok());
        auto missing = resultOf(m_services->knowledge().item(QStringLiteral("no.such.item")));
        QVERIFY(missing.ok());
        QVERIFY(!missing->item.has_value());
        auto english = resultOf(m_services->knowledge().item(QStringLiteral("art.fibre.fr"), QStringLiteral("en-GB")));
        QVERIFY(english.ok());
        QVERIFY(english->item.has_value());
        QCOMPARE(english->item->id, QStringLiteral("art.fibre.en"));
        QCOMPARE(english->variants.size(), 2);
    }

    void feedbackIsRecordedAndReadBack()
    {
        QVERIFY(resultOf(m_services->bundles().importFile(kSmallKb)).ok());
        auto item = resultOf(m_services->knowledge().item(QStringLiteral("art.fibre.fr")));
        QVERIFY(item.ok() && item->item);
        auto opened = resultOf(m_services->feedback().itemOpened(*item->item));
        QVERIFY(opened.ok());
        QVERIFY(!opened->feedback.state.helpful.has_value());
        auto recorded = resultOf(m_services->feedback().rateHelpful(*item->item, true, QStringLiteral("agent")));
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->pending, 1);
        auto state = resultOf(m_services->feedback().state(item->item->id, item->item->version));
        QVERIFY(state.ok());
        QVERIFY(state->state.helpful == std::optional<bool>(true));
        QVERIFY(state->sequence > opened->feedback.sequence);
        auto local = resultOf(m_services->knowledge().localState());
        QCOMPARE(local.pending, 1);
        QCOMPARE(local.checkpoint, qint64(0));
        QVERIFY(!local.contentHash.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
