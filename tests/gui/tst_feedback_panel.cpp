// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real window: an agent suggests an edit on a reply, flags it and votes; the records are in the outbox,
// survive closing and reopening the window on the same store, and the status bar counts them. A new version of an
// item opened before carries a "changed" badge until it is opened again.
//
// Each test function gets a window on a store of its own (a copy of one prepared once) and settings of its own;
// what a function needs from an agent's earlier actions, it writes through the core API first (recordEarlierFeedback).
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "feedback/FeedbackBar.h"
#include "feedback/FeedbackController.h"
#include "feedback/FeedbackRecorder.h"
#include "feedback/SuggestEditDialog.h"
#include "i18n/Translator.h"
#include "models/ItemListModel.h"
#include "panel/AssistPanel.h"
#include "panel/RepliesPane.h"
#include "panel/TicketCard.h"
#include "settings/FileSecretBackend.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/ContentRepository.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "dialogs/Dialogs.h"
#include "services/DesktopServices.h"
#include "store/StoreExecutor.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatusWidget.h"
#include "views/ItemView.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace souffleur;

class TestFeedbackPanel final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<StoreExecutor> m_executor;
    std::unique_ptr<DesktopServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_store;    // this test function's
    QString m_replyId;  // the reply the panel shows first for the ticket of openWindow()
    int m_stores = 0;

    QString storePath() const { return m_store; }
    QString templatePath() const { return m_dir.filePath(QStringLiteral("template.sqlite")); }

    void openWindow()
    {
        m_executor = std::make_unique<StoreExecutor>();
        m_services = std::make_unique<DesktopServices>(*m_executor);
        // A message box answers itself (and is recorded) instead of blocking the suite.
        MessageBox::setAutoAnswer(true);
        m_window = std::make_unique<MainWindow>(*m_services, *m_translator);
        m_window->resize(460, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openStore(storePath(), true);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->assistPanel()->isReady(), 120000);  // the template store trains its classifier
        // Wait for the result of this ticket text, not an earlier one that a later result would replace.
        QTRY_VERIFY(m_window->assistPanel()->resultCount() > 0);
        const int before = m_window->assistPanel()->resultCount();
        m_window->assistPanel()->ticketCard()->setText(QStringLiteral("Le client veut savoir où en est sa livraison, colis en retard"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->assistPanel()->resultCount() > before, 20000);
        QVERIFY(m_window->assistPanel()->repliesPane()->replyCount() > 0);
        m_window->assistPanel()->showTab(1);  // the replies
    }

    void closeWindow()
    {
        m_window.reset();
        m_services.reset();
        m_executor.reset();
    }

    // Shows the reply `id` in the side panel (a later classification result may have put another one first).
    void selectReply(const QString &id)
    {
        RepliesPane *replies = m_window->assistPanel()->repliesPane();
        for (int i = 0; i < replies->replyCount() && replies->currentReplyId() != id; ++i)
            replies->selectReply(i);
        QCOMPARE(replies->currentReplyId(), id);
    }

    FeedbackBar *replyBar() const { return m_window->assistPanel()->repliesPane()->feedbackBar(); }

    // What an agent's earlier actions leave in the store, written through the core API (suggestEditOnAReply and
    // flagAndHelpful do the same through the window): a suggested edit of the reply, and with `flagAndVote` an
    // "outdated" flag and a helpful vote on it. Check QTest::currentTestFailed() after.
    void recordEarlierFeedback(bool flagAndVote)
    {
        auto store = Store::open(storePath());
        QVERIFY(store.ok());
        auto item = ContentRepository(**store).item(m_replyId);
        QVERIFY(item.ok() && item->has_value());
        FeedbackRecorder recorder(**store);
        ItemContent proposed = (*item)->content;
        proposed.body += QStringLiteral(" Delivery within 48 hours.");
        QVERIFY(recorder.suggestEdit(**item, proposed, QStringLiteral("Customers ask for the delay every time")).ok());
        if (flagAndVote) {
            QVERIFY(recorder.flag(**item, FlagReason::Outdated, QStringLiteral("The carrier changed")).ok());
            QVERIFY(recorder.rateHelpful(**item, true).ok());
        }
    }

    // A team lead declined the suggestion (SyncEngine writes my_feedback, then the window refreshes, as
    // SyncScheduler::contentChanged makes it).
    void declineSuggestion()
    {
        auto store = Store::open(storePath());
        QVERIFY(store.ok());
        auto r = sql::exec((*store)->database(), QStringLiteral("UPDATE my_feedback SET outcome = 'declined', "
                                                                "outcome_note = 'Already in the terms of sale' "
                                                                "WHERE kind = 'suggestion' AND item_id = ?"), {m_replyId});
        QVERIFY(r.ok() && r->numRowsAffected() == 1);
    }

    // Rows of the outbox as (type, payload), read through a connection of our own.
    QList<std::pair<QString, QJsonObject>> outbox()
    {
        QList<std::pair<QString, QJsonObject>> out;
        auto store = Store::open(storePath());
        if (!store)
            return out;
        auto q = sql::exec((*store)->database(), QStringLiteral("SELECT type, payload FROM outbox ORDER BY seq"));
        while (q && q->next())
            out.append({q->value(0).toString(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()});
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::freshSettings(m_dir.path());
        // Tokens in files of this test's folder, never the user's keychain.
        m_secrets = std::make_unique<SecretStore>(
            std::make_unique<FileSecretBackend>(m_dir.filePath(QStringLiteral("keychain.json"))),
            std::make_unique<FileSecretBackend>(m_dir.filePath(QStringLiteral("tokens.json"))));
        SecretStore::setInstance(m_secrets.get());
        m_translator = std::make_unique<Translator>();
        m_translator->apply(QStringLiteral("en"));
        // The store every test function starts from a copy of: the demo knowledge base, its classifier trained.
        m_store = templatePath();
        openWindow();
        QTRY_VERIFY(replyBar()->item().has_value());
        m_replyId = replyBar()->item()->id;
        closeWindow();
    }

    void init()
    {
        guitest::freshSettings(m_dir.path());
        m_store = m_dir.filePath(QStringLiteral("agent-%1.sqlite").arg(++m_stores));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFile::exists(templatePath() + suffix))
                QVERIFY(QFile::copy(templatePath() + suffix, m_store + suffix));
        }
        openWindow();
    }

    void cleanup()
    {
        closeWindow();
    }

    void suggestEditOnAReply()
    {
        FeedbackBar *bar = replyBar();
        QTRY_VERIFY(bar->item().has_value());
        m_replyId = bar->item()->id;
        const QString originalBody = bar->item()->content.body;
        QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("suggestEdit")), Qt::LeftButton);
        SuggestEditDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SuggestEditDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("suggestBody"));
        QVERIFY(body);
        QCOMPARE(body->toPlainText(), originalBody);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Delivery within 48 hours."));
        QVERIFY(body->toPlainText().endsWith(QStringLiteral("48 hours.")));
        // Undo and redo, from the editor's buttons.
        auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("suggestUndo"));
        auto *redo = dialog->findChild<QPushButton *>(QStringLiteral("suggestRedo"));
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(body->toPlainText(), originalBody);
        QVERIFY(redo->isEnabled());
        QTest::mouseClick(redo, Qt::LeftButton);
        QVERIFY(body->toPlainText().endsWith(QStringLiteral("48 hours.")));

        // No reason: refused inline, the dialog stays, nothing recorded.
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("suggestSend"));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("suggestProblem"))->isVisible());
        QVERIFY(outbox().isEmpty());

        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("suggestReason")),
                         QStringLiteral("Customers ask for the delay every time"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<SuggestEditDialog *>() == nullptr);  // closed and deleted
        QTRY_COMPARE(outbox().size(), 1);
        const auto record = outbox().constFirst();
        QCOMPARE(record.first, QStringLiteral("suggestion"));
        QCOMPARE(record.second.value(QStringLiteral("item_id")).toString(), m_replyId);
        QCOMPARE(record.second.value(QStringLiteral("reason")).toString(), QStringLiteral("Customers ask for the delay every time"));
        QVERIFY(record.second.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("body")).toString().endsWith(QStringLiteral("48 hours.")));
        selectReply(m_replyId);
        QTRY_VERIFY2(bar->findChild<QLabel *>(QStringLiteral("suggestionStatus"))->isVisible(),
                     qPrintable(QStringLiteral("bar shows %1 (suggested on %2), bar visible %3, status hidden %4")
                                    .arg(bar->item() ? bar->item()->id : QString(), m_replyId)
                                    .arg(bar->isVisible())
                                    .arg(bar->findChild<QLabel *>(QStringLiteral("suggestionStatus"))->isHidden())));
        QCOMPARE(bar->findChild<QLabel *>(QStringLiteral("suggestionStatus"))->text(), QStringLiteral("Edit suggested — awaiting review"));
        QVERIFY(bar->findChild<QLabel *>(QStringLiteral("feedbackConfirmation"))->isVisible());
        QTRY_COMPARE(m_window->syncStatus()->pending(), 1);
    }

    void flagAndHelpful()
    {
        FeedbackBar *bar = replyBar();
        QTRY_VERIFY(bar->item().has_value());
        QVERIFY(outbox().isEmpty());
        bar->openFlag(FlagReason::Outdated);
        auto *comment = bar->findChild<QLineEdit *>(QStringLiteral("flagComment"));
        QTRY_VERIFY(comment->isVisible());
        QTest::keyClicks(comment, QStringLiteral("The carrier changed"));
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("flagSend")), Qt::LeftButton);
        QTRY_COMPARE(outbox().size(), 1);
        QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("helpfulYes")), Qt::LeftButton);
        QTRY_COMPARE(outbox().size(), 2);
        const auto records = outbox();
        QCOMPARE(records.at(0).first, QStringLiteral("feedback"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("item_id")).toString(), m_replyId);
        QCOMPARE(records.at(0).second.value(QStringLiteral("kind")).toString(), QStringLiteral("flag"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("reason")).toString(), QStringLiteral("outdated"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("comment")).toString(), QStringLiteral("The carrier changed"));
        QCOMPARE(records.at(1).second.value(QStringLiteral("kind")).toString(), QStringLiteral("helpful"));
        QCOMPARE(records.at(1).second.value(QStringLiteral("helpful")).toBool(), true);
        QTRY_VERIFY(bar->findChild<QToolButton *>(QStringLiteral("helpfulYes"))->isChecked());
        QTRY_COMPARE(m_window->syncStatus()->pending(), 2);
    }

    void survivesReopening()
    {
        recordEarlierFeedback(true);
        if (QTest::currentTestFailed())
            return;
        closeWindow();
        openWindow();
        // The status bar counts the records still to send, and the reply still says its edit awaits review.
        QTRY_COMPARE(m_window->syncStatus()->pending(), 3);
        QTRY_VERIFY(m_window->syncStatus()->findChild<QLabel *>(QStringLiteral("statusPending"))->text().contains(QStringLiteral("3")));
        selectReply(m_replyId);
        QTRY_VERIFY(replyBar()->findChild<QLabel *>(QStringLiteral("suggestionStatus"))->isVisible());
        QTRY_VERIFY(replyBar()->findChild<QToolButton *>(QStringLiteral("helpfulYes"))->isChecked());
    }

    void reviewOutcomeShows()
    {
        // A sync learns that a team lead declined the suggestion: the reply says so, with the lead's note.
        recordEarlierFeedback(false);
        declineSuggestion();
        if (QTest::currentTestFailed())
            return;
        m_window->refreshContent();
        selectReply(m_replyId);
        auto *status = replyBar()->findChild<QLabel *>(QStringLiteral("suggestionStatus"));
        QTRY_COMPARE(status->text(), QStringLiteral("Your suggested edit was declined: Already in the terms of sale"));
        QVERIFY(status->isVisible());
    }

    void changedBadgeUntilOpened()
    {
        // The agent suggested an edit of the reply, which a lead declined.
        recordEarlierFeedback(false);
        declineSuggestion();
        if (QTest::currentTestFailed())
            return;
        m_window->refreshContent();
        m_window->setMode(MainWindow::Mode::Browse);
        auto *view = m_window->findChild<ItemView *>(QStringLiteral("itemView"));
        auto *badge = view->feedbackBar()->findChild<QLabel *>(QStringLiteral("changedBadge"));
        auto *list = m_window->findChild<QTreeView *>(QStringLiteral("itemList"));
        m_window->showItem(m_replyId);
        QTRY_COMPARE(view->currentItemId(), m_replyId);
        QTRY_VERIFY(view->feedbackBar()->item().has_value());
        QVERIFY(!badge->isVisible());  // seen at this version already
        const int version = view->feedbackBar()->item()->version;
        const QString title = view->feedbackBar()->item()->content.title;
        m_window->showItem(QStringLiteral("art.bill-explained.en"));
        QTRY_VERIFY(view->currentItemId() != m_replyId);

        // A new version arrives (as an import or a synchronisation writes it), with the old one in its history.
        {
            auto store = Store::open(storePath());
            QVERIFY(store.ok());
            ContentRepository repo(**store);
            auto item = repo.item(m_replyId);
            QVERIFY(item.ok() && item->has_value());
            Item next = **item;
            next.history.append(HistoryEntry{next.version, next.updatedAt, QStringLiteral("lead"), QString(), next.content});
            next.version += 1;
            next.content.summary += QStringLiteral(" Now with tracking.");
            QVERIFY(repo.putItem(next).ok());
        }
        m_window->refreshContent();

        // In the list, the reply carries the "changed" mark.
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(title);
        const auto replyRow = [list, this]() -> QModelIndex {
            const QAbstractItemModel *model = list->model();
            for (int g = 0; g < model->rowCount(); ++g)
                for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
                    const QModelIndex i = model->index(r, 0, model->index(g, 0));
                    if (i.data(ItemListModel::IdRole).toString() == m_replyId)
                        return i;
                }
            return {};
        };
        QTRY_VERIFY2(replyRow().isValid(), qPrintable(title + QStringLiteral(" / ") + m_replyId + QStringLiteral(" / ") + m_window->findChild<QLabel *>(QStringLiteral("listTitle"))->text()));
        QTRY_VERIFY(replyRow().data(ItemListModel::ChangedRole).toBool());

        // Opened from the list: the badge says what changed, and the list mark goes.
        list->setCurrentIndex(replyRow());
        QTRY_COMPARE(view->currentItemId(), m_replyId);
        QTRY_VERIFY(badge->isVisible());
        QVERIFY2(badge->text().contains(QStringLiteral("version %1 → %2").arg(version).arg(version + 1)), qPrintable(badge->text()));
        QVERIFY2(badge->text().contains(QStringLiteral("summary")), qPrintable(badge->text()));
        QTRY_VERIFY(!replyRow().data(ItemListModel::ChangedRole).toBool());
        // The suggestion was written against the old version: no longer awaiting review; the lead's decision still
        // shows on the next version (where an accepted edit would land), never "awaiting review".
        QCOMPARE(view->feedbackBar()->findChild<QLabel *>(QStringLiteral("suggestionStatus"))->text(),
                 QStringLiteral("Your suggested edit was declined: Already in the terms of sale"));

        // Opened once: shown elsewhere and opened again, no badge.
        m_window->showItem(QStringLiteral("art.bill-explained.en"));
        QTRY_VERIFY(view->currentItemId() != m_replyId);
        QSignalSpy viewed(m_window->feedbackController(), &FeedbackController::itemViewed);
        m_window->showItem(m_replyId);
        QTRY_COMPARE(view->currentItemId(), m_replyId);
        // The store's answer for this opening has arrived, and it brought no badge.
        QTRY_VERIFY(viewed.contains(QVariantList{m_replyId}));
        QVERIFY(!badge->isVisible());
    }

    void hubSettingsRefuseBadInputThenConnect()
    {
        // A vote waiting to go up.
        QTRY_VERIFY(replyBar()->item().has_value());
        replyBar()->rateHelpful(true);
        QTRY_COMPARE(m_window->syncStatus()->pending(), 1);
        QCOMPARE(m_window->syncScheduler()->state(), sync::LinkState::NotConfigured);
        m_window->openSyncSettings();
        SyncSettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SyncSettingsDialog *>()) != nullptr);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("hubUrl"));
        auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("hubToken"));
        url->setText(QStringLiteral("ftp://hub.example"));
        token->setText(QStringLiteral("secret"));
        // Masked, with a Show toggle.
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        auto *show = dialog->findChild<QToolButton *>(QStringLiteral("showHubToken"));
        QVERIFY(show);
        show->click();
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->save());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hubProblem"))->isVisible());
        QVERIFY(Settings().hubUrl().isEmpty());
        // Port 1 on the loopback: nothing listens there, the desktop goes offline and keeps the records.
        url->setText(QStringLiteral("http://127.0.0.1:1"));
        m_window->syncScheduler()->setTiming({600000, 600000, 600000, 1});
        QSignalSpy saved(dialog, &SyncSettingsDialog::saved);
        QVERIFY(dialog->save());
        QTRY_COMPARE(saved.count(), 1);  // the dialog closes itself then
        QCOMPARE(Settings().hubUrl(), QUrl(QStringLiteral("http://127.0.0.1:1")));
        // The token went to the keychain, not to the settings file.
        QVERIFY(!QSettings().contains(QStringLiteral("sync/token")));
        QFile keychain(m_dir.filePath(QStringLiteral("keychain.json")));
        QVERIFY(keychain.open(QIODevice::ReadOnly));
        QVERIFY(keychain.readAll().contains("secret"));
        m_window->openSyncSettings();  // the saved settings show again
        SyncSettingsDialog *again = nullptr;
        QTRY_VERIFY((again = m_window->findChild<SyncSettingsDialog *>()) != nullptr && again != dialog);
        QCOMPARE(again->hubUrl(), QStringLiteral("http://127.0.0.1:1"));
        QTRY_VERIFY(again->isLoaded());
        QCOMPARE(again->token(), QStringLiteral("secret"));
        QVERIFY(again->save());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->syncScheduler()->state(), sync::LinkState::Offline, 20000);
        QVERIFY(m_window->syncStatus()->linkText().contains(QStringLiteral("Offline")));
        QCOMPARE(m_window->syncStatus()->pending(), 1);
    }
};

QTEST_MAIN(TestFeedbackPanel)
#include "tst_feedback_panel.moc"
