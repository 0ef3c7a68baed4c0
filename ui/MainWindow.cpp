// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "bundle/BundleImporter.h"
#include "bundle/BundleWriter.h"
#include "common/Locale.h"
#include "feedback/FeedbackBar.h"
#include "feedback/FeedbackController.h"
#include "feedback/ItemChangeTracker.h"
#include "i18n/Translator.h"
#include "models/CategoryTreeModel.h"
#include "models/ItemListModel.h"
#include "panel/AssistPanel.h"
#include "panel/TicketCard.h"
#include "search/SearchService.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "store/ContentRepository.h"
#include "store/StoreExecutor.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncState.h"
#include "sync/SyncStatusWidget.h"
#include "views/ItemView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace souffleur {

namespace {

struct CategoryData
{
    QList<Category> categories;
    QString defaultLocale;
    QMap<QString, int> counts;
};

struct ItemData
{
    Item item;
    QList<ItemSummary> variants;
};

QList<ItemListEntry> toEntries(const QList<ItemSummary> &items)
{
    QList<ItemListEntry> out;
    for (const ItemSummary &s : items)
        out.append({s.kind, s.id, s.title, s.summary, s.locale});
    return out;
}

QList<ItemListEntry> toEntries(const QList<SearchHit> &hits)
{
    QList<ItemListEntry> out;
    for (const SearchHit &h : hits)
        out.append({h.kind, h.id, h.title, h.snippet, h.locale});
    return out;
}

} // namespace

MainWindow::MainWindow(StoreExecutor &executor, Translator &translator, QWidget *parent)
    : QMainWindow(parent), m_executor(executor), m_translator(translator),
      m_contentLocale(Translator::contentLocaleFor(translator.language()))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    buildMenus();
    retranslate();
    const Settings settings;
    // Made to sit beside the phone software: narrow and tall by default.
    if (!restoreGeometry(settings.windowGeometry())) {
        // First start: a full-height column at the right edge of the screen, the phone software keeping the rest
        // (the frame's title bar is not counted by resize(), hence the margin).
        const QRect available = screen()->availableGeometry();
        const int width = 460;
        resize(width, std::max(600, available.height() - 60));
        move(available.right() - width - 16, available.top());
    }
    m_splitter->restoreState(settings.splitterState());
    restoreState(settings.windowState());
    // After restoreState, which knows nothing of compact mode and would show the search bar again.
    setCompact(settings.compact());
    if (settings.alwaysOnTop())
        setAlwaysOnTop(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_categories = new CategoryTreeModel(this);
    m_items = new ItemListModel(this);

    auto *toolbar = addToolBar(QString());
    m_searchBar = toolbar;
    toolbar->setObjectName(QStringLiteral("searchBar"));
    toolbar->setMovable(false);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    toolbar->addWidget(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
        m_itemListView->setFocus();
    });

    m_categoryView = new QTreeView(this);
    m_categoryView->setObjectName(QStringLiteral("categoryTree"));
    m_categoryView->setModel(m_categories);
    m_categoryView->setHeaderHidden(true);
    m_categoryView->setUniformRowHeights(true);
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCategoryChosen);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel(listPane);
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    m_listTitle->setWordWrap(true);
    m_listTitle->setContentsMargins(4, 4, 4, 0);
    m_itemListView = new QTreeView(listPane);
    m_itemListView->setObjectName(QStringLiteral("itemList"));
    m_itemListView->setModel(m_items);
    m_itemListView->setHeaderHidden(true);
    m_itemListView->setRootIsDecorated(false);
    m_itemListView->setItemsExpandable(false);
    m_itemListView->setUniformRowHeights(true);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_itemListView, 1);
    connect(m_itemListView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onItemChosen);
    connect(m_items, &QAbstractItemModel::modelReset, m_itemListView, [this] {
        m_itemListView->expandAll();
        // Indexes of the new list can equal those of the old one (same row, same group): forget the old current
        // item so that choosing the first item of the new list always opens it.
        m_itemListView->selectionModel()->clear();
    });

    m_itemView = new ItemView(this);
    connect(m_itemView, &ItemView::variantRequested, this, &MainWindow::showItem);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_categoryView);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_itemView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 6);
    m_splitter->setSizes({240, 300, 560});

    m_assist = new AssistPanel(m_executor, this);
    connect(m_assist, &AssistPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // The browser's three panes must not widen the window when the narrow side panel is shown.
    m_splitter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_modes = new QStackedWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    m_modes->addWidget(m_assist);
    m_modes->addWidget(m_splitter);
    setCentralWidget(m_modes);
    // Typing a search shows the knowledge base browser, where the results are.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            setMode(Mode::Browse);
    });

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);

    // The agent's feedback on the content, and the state of the link with the hub.
    m_feedback = new FeedbackController(m_executor, this);
    for (FeedbackBar *bar : findChildren<FeedbackBar *>())
        bar->setController(m_feedback);
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_feedback, &FeedbackController::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_feedback, &FeedbackController::pendingChanged, m_syncStatus, &SyncStatusWidget::setPending);
    connect(m_feedback, &FeedbackController::itemViewed, this, &MainWindow::refreshChangedMarks);
    connect(m_syncStatus, &SyncStatusWidget::settingsRequested, this, &MainWindow::openSyncSettings);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importBundle);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportBundle);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_hubAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSyncSettings);
    m_hubAction->setObjectName(QStringLiteral("hubSettingsAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_assistAction = m_viewMenu->addAction(QString(), this, [this] { setMode(Mode::Assist); });
    m_assistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_browseAction = m_viewMenu->addAction(QString(), this, [this] { setMode(Mode::Browse); });
    m_browseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_newTicketAction = m_fileMenu->addAction(QString(), this, [this] {
        setMode(Mode::Assist);
        m_assist->newTicket();
    });
    m_newTicketAction->setShortcut(QKeySequence::New);
    m_fileMenu->insertAction(m_importAction, m_newTicketAction);
    m_previousTicketAction = new QAction(this);
    m_previousTicketAction->setObjectName(QStringLiteral("previousTicketAction"));
    m_previousTicketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previousTicketAction->setEnabled(false);
    connect(m_previousTicketAction, &QAction::triggered, this, [this] {
        setMode(Mode::Assist);
        m_assist->restorePreviousTicket();
    });
    connect(m_assist, &AssistPanel::previousTicketChanged, m_previousTicketAction, &QAction::setEnabled);
    m_fileMenu->insertAction(m_importAction, m_previousTicketAction);
    m_fileMenu->insertSeparator(m_importAction);
    m_viewMenu->addSeparator();
    m_searchAction = m_viewMenu->addAction(QString(), this, &MainWindow::focusSearch);
    m_searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    m_viewMenu->addSeparator();
    m_onTopAction = m_viewMenu->addAction(QString(), this, &MainWindow::setAlwaysOnTop);
    m_onTopAction->setObjectName(QStringLiteral("alwaysOnTopAction"));
    m_onTopAction->setCheckable(true);
    m_onTopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_compactAction = m_viewMenu->addAction(QString(), this, &MainWindow::setCompact);
    m_compactAction->setObjectName(QStringLiteral("compactAction"));
    m_compactAction->setCheckable(true);
    m_compactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QString setting = Settings().language();
    for (const QString &code : {QString(), QStringLiteral("fr"), QStringLiteral("en")}) {
        QAction *a = m_languageMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == setting);
        a->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Souffleur"),
                           tr("<h3>Souffleur %1</h3><p>The agent's prompter: the right procedure and reply for the "
                              "customer's problem, at once.</p><p>Knowledge store: %2</p>")
                               .arg(QStringLiteral(SOUFFLEUR_VERSION), m_storePath.toHtmlEscaped()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Souffleur"));
    m_search->setPlaceholderText(tr("Search procedures, replies and articles (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_categoryView->setAccessibleName(tr("Categories"));
    m_itemListView->setAccessibleName(tr("Items"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import knowledge bundle…"));
    m_exportAction->setText(tr("&Export knowledge bundle…"));
    m_quitAction->setText(tr("&Quit"));
    m_hubAction->setText(tr("&Hub connection…"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_assistAction->setText(tr("&Ticket assistant"));
    m_browseAction->setText(tr("&Knowledge base"));
    m_newTicketAction->setText(tr("&New ticket"));
    m_previousTicketAction->setText(tr("&Previous ticket"));
    m_previousTicketAction->setToolTip(tr("Bring back the ticket put aside by a hand-off or a new ticket (Ctrl+Shift+P)"));
    m_onTopAction->setText(tr("Always on &top"));
    m_onTopAction->setToolTip(tr("Keep Souffleur above the phone software (Ctrl+Shift+T)"));
    m_compactAction->setText(tr("&Compact"));
    m_compactAction->setToolTip(tr("Only the notes of the ticket card, no search bar (Ctrl+Shift+M)"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions()) {
        const QString code = a->data().toString();
        a->setText(code.isEmpty() ? tr("System default") : code == QLatin1String("fr") ? QStringLiteral("Français")
                                                                                        : QStringLiteral("English"));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Souffleur"));
    m_items->retranslate();
    refreshStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QString locale = Translator::contentLocaleFor(m_translator.language());
        if (locale != m_contentLocale && m_ready) {
            m_contentLocale = locale;
            m_assist->setAgentLocale(locale);
            m_categories->setLocale(locale);
            if (!m_search->text().trimmed().isEmpty())
                runSearch();
            else
                onCategoryChosen();
            if (!m_itemView->currentItemId().isEmpty())
                showItemVariant(m_itemView->currentItemId(), locale);
        }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setSplitterState(m_splitter->saveState());
    settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::openStore(const QString &path, bool withDemo)
{
    m_storePath = path;
    m_itemView->showMessage(tr("Opening the knowledge base…"));
    m_executor.open(path, withDemo).then(this, [this](const Result<void> &r) {
        if (!r) {
            m_itemView->showMessage(r.error().toString());
            showError(tr("Cannot open the knowledge base"), r.error().message, r.error().details.join(QLatin1Char('\n')));
            return;
        }
        m_itemView->showHint();
        reloadCategories();
        m_assist->start(m_contentLocale);
        refreshLocalState();
        refreshChangedMarks();
        startSync();
    });
}

void MainWindow::reloadCategories()
{
    m_executor.run([](Store &store) -> Result<CategoryData> {
        ContentRepository repo(store);
        auto categories = repo.categories();
        if (!categories)
            return categories.error();
        auto counts = repo.counts();
        return CategoryData{*categories, repo.defaultLocale(), counts ? *counts : QMap<QString, int>()};
    }).then(this, [this](const Result<CategoryData> &r) {
        if (!r) {
            showError(tr("Cannot read the knowledge base"), r.error().message);
            return;
        }
        const QString previous = m_categoryId;
        m_defaultLocale = r->defaultLocale;
        m_categories->setCategories(r->categories, m_contentLocale, m_defaultLocale);
        m_categoryView->expandToDepth(0);
        int procedures = 0, replies = 0, articles = 0;
        for (auto it = r->counts.cbegin(); it != r->counts.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("procedure.")))
                procedures += it.value();
            else if (it.key().startsWith(QLatin1String("reply.")))
                replies += it.value();
            else if (it.key().startsWith(QLatin1String("article.")))
                articles += it.value();
        }
        m_statusCounts->setProperty("counts", QVariantList{procedures, replies, articles});
        m_ready = true;
        refreshStatus();
        if (!previous.isEmpty()) {
            // Reselecting the category must not wipe a search the agent is in (a reload after a sync).
            const QString search = m_search->text();
            selectCategory(previous);
            if (!search.trimmed().isEmpty() && m_search->text() != search) {
                const QSignalBlocker block(m_search);
                m_search->setText(search);
                runSearch();
            }
        }
    });
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
    const QModelIndex index = m_categories->indexOf(categoryId);
    if (index.isValid())
        m_categoryView->setCurrentIndex(index);
}

void MainWindow::onCategoryChosen()
{
    const QModelIndex current = m_categoryView->currentIndex();
    if (!current.isValid())
        return;
    m_categoryId = current.data(CategoryTreeModel::IdRole).toString();
    if (!m_search->text().isEmpty()) {
        QSignalBlocker block(m_search);
        m_search->clear();
    }
    const QString id = m_categoryId, locale = m_contentLocale;
    const quint64 generation = ++m_searchGeneration;
    m_executor.run([id, locale](Store &store) { return ContentRepository(store).itemsInCategory(id, locale); })
        .then(this, [this, generation](const Result<QList<ItemSummary>> &r) {
            if (generation != m_searchGeneration)
                return;  // a newer category or search has been asked for since
            if (!r) {
                showError(tr("Cannot read the knowledge base"), r.error().message);
                return;
            }
            // Title and list change together: never a new title over the previous list.
            m_items->setEntries(toEntries(*r));
            m_listTitle->setText(r->isEmpty() ? m_categories->path(m_categoryId) + QLatin1Char('\n') + tr("Nothing in this category yet.")
                                              : m_categories->path(m_categoryId));
        });
}

void MainWindow::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        onCategoryChosen();
        if (!m_categoryView->currentIndex().isValid()) {
            m_items->setEntries({});
            m_listTitle->clear();
        }
        return;
    }
    SearchQuery query;
    query.text = text;
    query.locale = m_contentLocale;
    query.limit = 50;
    const quint64 generation = ++m_searchGeneration;
    m_executor.run([query](Store &store) { return SearchService(store).search(query); })
        .then(this, [this, generation, text](const Result<QList<SearchHit>> &r) {
            if (generation != m_searchGeneration)
                return;
            if (!r) {
                m_listTitle->setText(tr("Search failed: %1").arg(r.error().message));
                m_items->setEntries({});
                return;
            }
            m_items->setEntries(toEntries(*r));
            m_listTitle->setText(r->isEmpty() ? tr("No results for “%1”.").arg(text)
                                              : tr("%n result(s) for “%1”", nullptr, int(r->size())).arg(text));
        });
}

void MainWindow::setMode(Mode mode)
{
    m_modes->setCurrentWidget(mode == Mode::Assist ? static_cast<QWidget *>(m_assist) : m_splitter);
    if (mode == Mode::Assist)
        m_assist->ticketCard()->focusNotes();
}

MainWindow::Mode MainWindow::mode() const
{
    return m_modes->currentWidget() == m_assist ? Mode::Assist : Mode::Browse;
}

void MainWindow::setAlwaysOnTop(bool on)
{
    if (on != isAlwaysOnTop()) {
        // Changing a window flag hides the window: show it again, where it was.
        const bool wasVisible = isVisible();
        setWindowFlag(Qt::WindowStaysOnTopHint, on);
        if (wasVisible)
            show();
    }
    m_onTopAction->setChecked(on);
    Settings().setAlwaysOnTop(on);
}

bool MainWindow::isAlwaysOnTop() const
{
    return windowFlags().testFlag(Qt::WindowStaysOnTopHint);
}

void MainWindow::setCompact(bool on)
{
    m_compact = on;
    m_compactAction->setChecked(on);
    m_searchBar->setVisible(!on);
    m_assist->setCompact(on);
    Settings().setCompact(on);
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
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::onItemChosen()
{
    const QModelIndex current = m_itemListView->currentIndex();
    if (!current.isValid() || current.data(ItemListModel::IsGroupRole).toBool())
        return;
    showItem(current.data(ItemListModel::IdRole).toString());
}

void MainWindow::showItem(const QString &itemId)
{
    showItemVariant(itemId, {});
}

void MainWindow::showItemVariant(const QString &itemId, const QString &preferredLocale)
{
    m_executor.run([itemId, preferredLocale](Store &store) -> Result<ItemData> {
        ContentRepository repo(store);
        auto item = repo.item(itemId);
        if (!item)
            return item.error();
        if (!item->has_value())
            return makeError(tr("This item no longer exists."));
        auto variants = repo.variants((*item)->translationGroup);
        if (!variants)
            return variants.error();
        if (!preferredLocale.isEmpty()) {
            // Switch to the group's variant in the agent's new language, when there is one.
            QStringList locales;
            for (const ItemSummary &v : std::as_const(*variants))
                locales.append(v.locale);
            const int best = pickLocaleVariant(locales, preferredLocale, repo.defaultLocale());
            if (best >= 0 && variants->at(best).id != itemId) {
                auto other = repo.item(variants->at(best).id);
                if (other && other->has_value())
                    return ItemData{**other, *variants};
            }
        }
        return ItemData{**item, *variants};
    }).then(this, [this](const Result<ItemData> &r) {
        if (!r) {
            m_itemView->showMessage(r.error().message);
            return;
        }
        QStringList paths;
        for (const QString &c : r->item.categories)
            paths.append(m_categories->path(c));
        m_itemView->showItem(r->item, r->variants, paths);
    });
}

void MainWindow::importBundle()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a knowledge bundle"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Knowledge bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Importing %1…").arg(path));
    m_executor.run([path](Store &store) { return BundleImporter::importFile(store, path); })
        .then(this, [this](const Result<ImportReport> &r) {
            statusBar()->clearMessage();
            if (!r) {
                showError(tr("Import failed"), r.error().message, r.error().details.join(QLatin1Char('\n')));
                return;
            }
            refreshContent();
            QMessageBox::information(this, tr("Import finished"), r->summary());
        });
}

void MainWindow::exportBundle()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the knowledge base"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                          + QStringLiteral("/knowledge.json"),
                                                      tr("Knowledge bundles (*.json)"));
    if (path.isEmpty())
        return;
    m_executor.run([path](Store &store) -> Result<void> {
        auto kb = ContentRepository(store).knowledgeBase();
        if (!kb)
            return kb.error();
        return BundleWriter::writeFile(*kb, path);
    }).then(this, [this, path](const Result<void> &r) {
        if (!r)
            showError(tr("Export failed"), r.error().message);
        else
            statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    });
}

void MainWindow::setLanguage(const QString &setting)
{
    Settings().setLanguage(setting);
    m_translator.apply(Translator::effectiveLanguage(setting));
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
    struct LocalState
    {
        QString version;
        QString details;
        int pending = -1;
    };
    m_executor.run([](Store &store) {
        LocalState s;
        const auto at = sync::checkpoint(store);
        const qint64 checkpoint = at ? *at : 0;
        if (checkpoint > 0) {
            s.version = QStringLiteral("#%1").arg(checkpoint);
            s.details = tr("Synchronised with the hub up to change %1").arg(checkpoint);
        } else if (auto hash = ContentRepository(store).contentHash()) {
            // Never synchronised: the content hash tells two desktops' knowledge apart.
            s.version = hash->left(8);
            s.details = tr("Local knowledge, content hash %1").arg(*hash);
        }
        if (auto pending = sync::pendingOutbox(store))
            s.pending = *pending;
        return s;
    }).then(this, [this](const LocalState &s) {
        m_syncStatus->setContentVersion(s.version, s.details);
        m_syncStatus->setPending(s.pending);
    });
}

void MainWindow::refreshChangedMarks()
{
    m_executor.run([](Store &store) { return ItemChangeTracker(store).changedItemIds(); })
        .then(this, [this](const Result<QSet<QString>> &r) {
            if (r)
                m_items->setChangedIds(*r);
        });
}

void MainWindow::refreshContent()
{
    if (!m_ready)
        return;
    reloadCategories();
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    else
        onCategoryChosen();
    if (!m_itemView->currentItemId().isEmpty())
        showItem(m_itemView->currentItemId());
    m_assist->reloadKnowledge();
    refreshLocalState();
    refreshChangedMarks();
}

void MainWindow::showError(const QString &title, const QString &message, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details);
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        // Tests run offscreen: record the error instead of blocking on a modal box.
        setProperty("lastError", QString(title + QStringLiteral(": ") + message));
        return;
    }
    box.exec();
}

} // namespace souffleur
