// SPDX-License-Identifier: GPL-3.0-or-later
// What MainWindow remembers between runs, and the two ways it sits beside the phone software (see MainWindow.h).
#include "MainWindow.h"

#include "browser/KnowledgeBrowser.h"
#include "panel/AssistPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QScreen>
#include <QSettings>
#include <QToolBar>

#include <algorithm>

namespace souffleur {

void MainWindow::restoreWindowSettings()
{
    QSettings settings;
    // Made to sit beside the phone software: narrow and tall by default.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: a full-height column at the right edge of the screen, the phone software keeping the rest
        // (the frame's title bar is not counted by resize(), hence the margin).
        const QRect available = screen()->availableGeometry();
        const int width = 460;
        resize(width, std::max(600, available.height() - 60));
        move(available.right() - width - 16, available.top());
    }
    m_browser->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // After restoreState, which knows nothing of compact mode and would show the search bar again.
    setCompact(settings.value(QStringLiteral("window/compact"), false).toBool());
    if (settings.value(QStringLiteral("window/alwaysOnTop"), false).toBool())
        setAlwaysOnTop(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_browser->saveState());
    settings.setValue(QStringLiteral("window/state"), saveState());
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
    QSettings().setValue(QStringLiteral("window/alwaysOnTop"), on);
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
    QSettings().setValue(QStringLiteral("window/compact"), on);
}

} // namespace souffleur
