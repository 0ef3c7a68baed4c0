// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>

namespace souffleur {

class HandoffHttpServer;
class HandoffServer;
class MainWindow;
struct TicketHandoff;

// Connects the ways a ticket arrives from the phone software (the single-instance local socket, the optional
// loopback HTTP endpoint, the command line of this start) to the window: a valid hand-off fills the ticket card
// (the previous ticket put aside) and brings the window forward; a refused one is said in the side panel and
// changes nothing.
class HandoffCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffCoordinator)
public:
    explicit HandoffCoordinator(MainWindow &window, QObject *parent = nullptr);
    ~HandoffCoordinator() override;

    // Becomes the running instance for this store: later starts hand their ticket over to this one.
    Result<void> listenLocal(const QString &serverName);
    // Turns the loopback HTTP endpoint on (port 0: any free port); returns the port.
    Result<quint16> listenHttp(quint16 port, const QString &token);
    HandoffServer *localServer() const { return m_local; }
    HandoffHttpServer *httpServer() const { return m_http; }

    void apply(const TicketHandoff &handoff);
    void refuse(const QString &message);
    void activate();
    // How many hand-offs were applied (tests wait on it).
    int appliedCount() const { return m_applied; }

private:
    MainWindow &m_window;
    HandoffServer *m_local = nullptr;
    HandoffHttpServer *m_http = nullptr;
    int m_applied = 0;
};

} // namespace souffleur
