// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffCoordinator.h"

#include "MainWindow.h"
#include "handoff/HandoffHttpServer.h"
#include "handoff/HandoffServer.h"
#include "handoff/TicketHandoff.h"
#include "panel/AssistPanel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHandoffUi, "souffleur.ui.handoff", QtInfoMsg)

namespace souffleur {

HandoffCoordinator::HandoffCoordinator(MainWindow &window, QObject *parent) : QObject(parent), m_window(window) {}

HandoffCoordinator::~HandoffCoordinator() = default;

Result<void> HandoffCoordinator::listenLocal(const QString &serverName)
{
    if (!m_local) {
        m_local = new HandoffServer(this);
        connect(m_local, &HandoffServer::ticketReceived, this, &HandoffCoordinator::apply);
        connect(m_local, &HandoffServer::handoffRefused, this, &HandoffCoordinator::refuse);
        connect(m_local, &HandoffServer::activateRequested, this, &HandoffCoordinator::activate);
    }
    return m_local->listen(serverName);
}

Result<quint16> HandoffCoordinator::listenHttp(quint16 port, const QString &token)
{
    if (!m_http) {
        m_http = new HandoffHttpServer(this);
        connect(m_http, &HandoffHttpServer::ticketReceived, this, &HandoffCoordinator::apply);
        connect(m_http, &HandoffHttpServer::handoffRefused, this, &HandoffCoordinator::refuse);
    }
    return m_http->listen(port, token);
}

void HandoffCoordinator::apply(const TicketHandoff &handoff)
{
    m_window.setMode(MainWindow::Mode::Assist);
    m_window.assistPanel()->receiveHandoff(handoff);
    m_window.bringForward();
    ++m_applied;
}

void HandoffCoordinator::refuse(const QString &message)
{
    qCWarning(lcHandoffUi).noquote() << message;
    // Not brought forward, not switched to the side panel: a refused hand-off must not disturb the agent's work
    // more than it takes to say so.
    m_window.assistPanel()->showHandoffRefused(message);
}

void HandoffCoordinator::activate()
{
    m_window.bringForward();
}

} // namespace souffleur
