// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace souffleur {

namespace sync {
class SyncScheduler;
}

class AssistPanel;
class DesktopServices;
class FeedbackController;
class KnowledgeBrowser;
class LongWorkIndicator;
class SyncStatusWidget;
class Translator;
struct KnowledgeCounts;

// The desktop window: the agent's side panel or the knowledge base browser, the menus, the status bar. It asks the
// desktop services (docs/services.md) for everything and only reacts to their answers. Split over three files:
// MainWindow.cpp (the parts and their wiring), MainWindowMenus.cpp (menus and their actions),
// MainWindowSettings.cpp (what the window remembers).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(DesktopServices &services, Translator &translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store (creating it from the demo when new and `withDemo`), then shows its content.
    void openStore(const QString &path, bool withDemo);
    QString contentLocale() const { return m_contentLocale; }
    // True once the store is open and the category tree is shown.
    bool isReady() const { return m_ready; }
    AssistPanel *assistPanel() const { return m_assist; }
    // The agent's side panel (the default) or the knowledge base browser.
    enum class Mode { Assist, Browse };
    void setMode(Mode mode);
    Mode mode() const;
    // Below this width the status bar leaves out the item counts.
    static constexpr int kCountsMinWidth = 640;
    FeedbackController *feedbackController() const { return m_feedback; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    LongWorkIndicator *longWorkIndicator() const { return m_longWork; }
    // Exists once the store is open.
    sync::SyncScheduler *syncScheduler() const { return m_sync; }

    // Made to sit beside the phone software: stays above other windows (remembered).
    void setAlwaysOnTop(bool on);
    bool isAlwaysOnTop() const;
    // Compact: the ticket card shows only the notes and the search bar goes (remembered).
    void setCompact(bool on);
    bool isCompact() const { return m_compact; }
    // A hand-off arrived: the window comes forward and asks for attention without taking the keyboard.
    void bringForward();

public slots:
    void showItem(const QString &itemId);
    void selectCategory(const QString &categoryId);
    void focusSearch();
    // The content changed under the window (a synchronisation, an import): show it anew.
    void refreshContent();
    void openSyncSettings();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    // Geometry, splitter, tool bars, compact and on-top as the agent left them.
    void restoreWindowSettings();
    void showCounts(const KnowledgeCounts &counts);
    void refreshStatus();
    void importBundle();
    void exportBundle();
    void setLanguage(const QString &setting);
    void startSync();
    void refreshLocalState();
    void showError(const QString &title, const QString &message, const QString &details = {});

    DesktopServices &m_services;
    Translator &m_translator;
    QString m_contentLocale;
    QString m_storePath;
    bool m_ready = false;

    KnowledgeBrowser *m_browser = nullptr;
    QStackedWidget *m_modes = nullptr;
    AssistPanel *m_assist = nullptr;
    QAction *m_assistAction = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_newTicketAction = nullptr;
    QAction *m_previousTicketAction = nullptr;
    QAction *m_onTopAction = nullptr;
    QAction *m_compactAction = nullptr;
    QToolBar *m_searchBar = nullptr;
    bool m_compact = false;
    QLabel *m_statusCounts = nullptr;
    LongWorkIndicator *m_longWork = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_hubAction = nullptr;
    FeedbackController *m_feedback = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    sync::SyncScheduler *m_sync = nullptr;
};

} // namespace souffleur
