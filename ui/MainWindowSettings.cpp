// SPDX-License-Identifier: GPL-3.0-or-later
// What MainWindow remembers between runs, and the two ways it sits beside the phone software (see MainWindow.h).
#include "MainWindow.h"

#include "browser/KnowledgeBrowser.h"
#include "panel/AssistPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QScreen>
#include "settings/Settings.h"
#include <QToolBar>

#include <algorithm>

namespace souffleur {

void MainWindow::restoreWindowSettings()
{
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
    m_browser->restoreState(settings.splitterState());
    restoreState(settings.windowState());
    // After restoreState, which knows nothing of compact mode and would show the search bar again.
    setCompact(settings.compact());
    if (settings.alwaysOnTop())
        setAlwaysOnTop(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setSplitterState(m_browser->saveState());
    settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
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

} // namespace souffleur
