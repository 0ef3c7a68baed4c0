// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "handoff/TicketHandoff.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <utility>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace souffleur {

// The optional loopback HTTP endpoint for phone software that cannot start a program: `POST /ticket` with a JSON
// object or `GET /ticket?…`, authorised by a bearer token in the Authorization header (never in the URL). Listens on
// 127.0.0.1 only and is off unless the agent's settings or command line turn it on. Requests a browser marks as sent
// by a web page (Origin, Sec-Fetch-Site) are refused, each request has one deadline, and when the slots are full the
// quietest connection is dropped, so neither a web page nor a local process can drive or block it.
//
// Plain QTcpServer and a deliberately small HTTP/1.1 reader rather than Qt HttpServer (which the hub uses): one
// short request per connection is all a CTI sends, the desktop stays free of the 6.4 technology preview and its
// WebSockets dependency, and sizes are checked before anything is buffered (the preview has no limit of its
// own). Each connection answers one request and is closed (Connection: close).
class HandoffHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffHttpServer)
public:
    explicit HandoffHttpServer(QObject *parent = nullptr);
    ~HandoffHttpServer() override;

    // Listens on 127.0.0.1:port (0: any free port, for tests) and returns the port.
    Result<quint16> listen(quint16 port, const QString &token);
    void close();
    bool isListening() const;
    quint16 port() const;

    // A new random token (256 bits, base64url).
    static QString generateToken();

    // The whole request must arrive within this time from the connection (a CTI sends it in milliseconds).
    static constexpr int kRequestDeadlineMs = 5000;
    static constexpr int kMaxConnections = 16;

signals:
    void ticketReceived(const souffleur::TicketHandoff &handoff);
    // An authorised request whose hand-off was malformed (unauthorised noise is only logged).
    void handoffRefused(const QString &message);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket, Connection &state);
    void respond(QTcpSocket *socket, Connection &state, int status, const QByteArray &error, const QString &message);
    bool authorised(const QByteArray &authorization) const;
    void forget(QTcpSocket *socket);

    QTcpServer *m_server;
    QByteArray m_token;
    QElapsedTimer m_clock;
    std::vector<std::pair<QTcpSocket *, std::shared_ptr<Connection>>> m_connections;
};

} // namespace souffleur
