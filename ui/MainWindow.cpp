// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "browser/KnowledgeBrowser.h"
#include "dialogs/Dialogs.h"
#include "status/LongWorkIndicator.h"
#include "feedback/FeedbackBar.h"
#include "feedback/FeedbackController.h"
#include "i18n/Translator.h"
#include "models/ItemListModel.h"
#include "panel/AssistPanel.h"
#include "panel/TicketCard.h"
#include "services/DesktopServices.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncState.h"
#include "sync/SyncStatusWidget.h"
#include "views/ItemView.h"

#include <QApplication>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace souffleur {

MainWindow::MainWindow(DesktopServices &services, Translator &translator, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_translator(translator),
      m_contentLocale(Translator::contentLocaleFor(translator.language()))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    buildMenus();
    retranslate();
    restoreWindowSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_browser = new KnowledgeBrowser(m_services.knowledge(), m_contentLocale, this);
    connect(m_browser, &KnowledgeBrowser::overviewLoaded, this, &MainWindow::showCounts);
    connect(m_browser, &KnowledgeBrowser::readFailed, this,
            [this](const QString &message) { showError(tr("Cannot read the knowledge base"), message); });

    auto *toolbar = addToolBar(QString());
    m_searchBar = toolbar;
    toolbar->setObjectName(QStringLiteral("searchBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_browser->searchEdit());

    m_assist = new AssistPanel(m_services.classifier(), this);
    connect(m_assist, &AssistPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // The browser's three panes must not widen the window when the narrow side panel is shown.
    m_browser->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_modes = new QStackedWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    m_modes->addWidget(m_assist);
    m_modes->addWidget(m_browser);
    setCentralWidget(m_modes);
    // Typing a search shows the knowledge base browser, where the results are.
    connect(m_browser->searchEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            setMode(Mode::Browse);
    });

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    m_longWork = new LongWorkIndicator(this);
    statusBar()->addPermanentWidget(m_longWork);
    connect(&m_services.classifier(), &ClassifierService::trainingStarted, this,
            [this](const QFuture<void> &training) { m_longWork->track(tr("Learning the categories…"), training); });

    // The agent's feedback on the content, and the state of the link with the hub.
    m_feedback = new FeedbackController(m_services.feedback(), this);
    for (FeedbackBar *bar : findChildren<FeedbackBar *>())
        bar->setController(m_feedback);
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_feedback, &FeedbackController::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_feedback, &FeedbackController::pendingChanged, m_syncStatus, &SyncStatusWidget::setPending);
    connect(m_feedback, &FeedbackController::itemViewed, m_browser, &KnowledgeBrowser::refreshChangedMarks);
    connect(m_syncStatus, &SyncStatusWidget::settingsRequested, this, &MainWindow::openSyncSettings);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QString locale = Translator::contentLocaleFor(m_translator.language());
        if (locale != m_contentLocale && m_ready)
            m_assist->setAgentLocale(locale);
        m_browser->setContentLocale(locale);
        m_contentLocale = locale;
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Beside the phone software the status bar has room for what the agent needs (content version, pending
    // uploads, link state) only; the item counts matter when browsing on a wide window.
    m_statusCounts->setVisible(width() >= kCountsMinWidth);
}

void MainWindow::openStore(const QString &path, bool withDemo)
{
    m_storePath = path;
    m_browser->itemView()->showMessage(tr("Opening the knowledge base…"));
    m_services.open(path, withDemo).then(this, [this](const Result<void> &r) {
        if (!r) {
            m_browser->itemView()->showMessage(r.error().toString());
            showError(tr("Cannot open the knowledge base"), r.error().message, r.error().details.join(QLatin1Char('\n')));
            return;
        }
        m_browser->itemView()->showHint();
        m_browser->reload();
        m_assist->start(m_contentLocale);
        refreshLocalState();
        m_browser->refreshChangedMarks();
        startSync();
    });
}

void MainWindow::showCounts(const KnowledgeCounts &counts)
{
    m_statusCounts->setProperty("counts", QVariantList{counts.procedures, counts.replies, counts.articles});
    m_ready = true;
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const QVariantList counts = m_statusCounts->property("counts").toList();
    if (counts.size() == 3)
        m_statusCounts->setText(QStringLiteral("%1 · %2 · %3").arg(tr("%n procedure(s)", "", counts.at(0).toInt()),
                                                                   tr("%n reply(ies)", "", counts.at(1).toInt()),
                                                                   tr("%n article(s)", "", counts.at(2).toInt())));
}

void MainWindow::selectCategory(const QString &categoryId)
{
    m_browser->selectCategory(categoryId);
}

void MainWindow::showItem(const QString &itemId)
{
    m_browser->showItem(itemId);
}

void MainWindow::setMode(Mode mode)
{
    m_modes->setCurrentWidget(mode == Mode::Assist ? static_cast<QWidget *>(m_assist) : m_browser);
    if (mode == Mode::Assist)
        m_assist->ticketCard()->focusNotes();
}

MainWindow::Mode MainWindow::mode() const
{
    return m_modes->currentWidget() == m_assist ? Mode::Assist : Mode::Browse;
}

void MainWindow::bringForward()
{
    // Raise and ask for attention, but never activateWindow(): the agent is on a call, typing in the phone
    // software; taking the keyboard would send their next keys (a note, a transfer number) to the wrong window.
    // The window manager flashes the taskbar entry (urgency hint) and, where it allows, raises the window.
    // A minimized window stays minimized: un-minimizing makes most window managers give it the focus.
    if (!isMinimized())
        raise();
    QApplication::alert(this);
}

void MainWindow::focusSearch()
{
    // Compact mode hides the search bar; searching brings it back until compact mode is chosen again.
    if (m_searchBar->isHidden())
        m_searchBar->show();
    m_browser->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_browser->searchEdit()->selectAll();
}

void MainWindow::startSync()
{
    if (!m_sync) {
        m_sync = new sync::SyncScheduler(m_storePath, this);
        m_syncStatus->setScheduler(m_sync);
        connect(m_sync, &sync::SyncScheduler::contentChanged, this, &MainWindow::refreshContent);
        connect(m_sync, &sync::SyncScheduler::stateChanged, this, [this] {
            // Say once, in words, what a lost link means for the agent.
            if (m_sync->state() == sync::LinkState::Offline || m_sync->state() == sync::LinkState::AuthRefused)
                statusBar()->showMessage(m_sync->message(), 15000);
        });
    }
    // The token comes from the keychain, which answers later: the scheduler is configured then. No hub, no
    // keychain question (it may prompt to unlock).
    const QUrl hub = Settings().hubUrl();
    if (hub.isEmpty()) {
        m_sync->configure(hub, QString());
        return;
    }
    SecretStore::instance()->read(SecretStore::Secret::HubToken).then(this, [this, hub](const Result<QString> &token) {
        if (!token)
            statusBar()->showMessage(token.error().message, 15000);
        m_sync->configure(hub, token ? *token : QString());
    });
}

void MainWindow::openSyncSettings()
{
    // Window-modal without blocking (tests find it and drive it).
    auto *dialog = new SyncSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_sync)
            startSync();
    });
    dialog->open();
}

void MainWindow::refreshLocalState()
{
    // Qt 6.4 may still run a continuation whose context object is gone (fixed in 6.6): a window closed while the
    // store answered crashed here (found by `ctest --schedule-random`). The guard drops the late answer.
    m_services.knowledge().localState().then(this, [this, alive = QPointer<MainWindow>(this)](const LocalKnowledgeState &s) {
        if (!alive)
            return;
        QString version, details;
        if (s.checkpoint > 0) {
            version = QStringLiteral("#%1").arg(s.checkpoint);
            details = tr("Synchronised with the hub up to change %1").arg(s.checkpoint);
        } else if (!s.contentHash.isEmpty()) {
            version = s.contentHash.left(8);
            details = tr("Local knowledge, content hash %1").arg(s.contentHash);
        }
        m_syncStatus->setContentVersion(version, details);
        m_syncStatus->setPending(s.pending);
    });
}

void MainWindow::refreshContent()
{
    if (!m_ready)
        return;
    m_browser->refresh();
    m_assist->reloadKnowledge();
    refreshLocalState();
}

void MainWindow::showError(const QString &title, const QString &message, const QString &details)
{
    MessageBox::warning(this, title, message, details);
}

} // namespace souffleur
