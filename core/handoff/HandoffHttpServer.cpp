// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffHttpServer.h"

#include "handoff/HandoffHttpRequest.h"

#include <algorithm>

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHandoffHttp, "souffleur.core.handoff.http", QtInfoMsg)

namespace souffleur {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    default: return "Error";
    }
}

// Compares without stopping at the first difference, so that timing tells nothing about the token.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

// Per-connection state, shared by the socket's handlers.
struct HandoffHttpServer::Connection
{
    QByteArray buffer;
    bool draining = false;  // answered already; what still arrives is read and dropped
    bool continued = false;  // "100 Continue" sent
    qint64 drained = 0;
    qint64 lastActivity = 0;  // ms on the server's clock
    QTimer *deadline = nullptr;  // owned by the socket
};

HandoffHttpServer::HandoffHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_clock.start();
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &HandoffHttpServer::onNewConnection);
}

HandoffHttpServer::~HandoffHttpServer() = default;

Result<quint16> HandoffHttpServer::listen(quint16 port, const QString &token)
{
    if (token.size() < 16)
        return makeError(tr("The hand-off token is missing or too short (16 characters at least)."));
    m_token = token.toUtf8();
    m_server->close();
    // Loopback only: the endpoint is for software on the agent's own machine.
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return makeError(tr("Cannot listen for hand-offs on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString()));
    qCInfo(lcHandoffHttp) << "hand-off endpoint on 127.0.0.1:" << m_server->serverPort();
    return m_server->serverPort();
}

void HandoffHttpServer::close()
{
    m_server->close();
}

bool HandoffHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HandoffHttpServer::port() const
{
    return m_server->serverPort();
}

QString HandoffHttpServer::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void HandoffHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Full: the connection that has been quiet the longest makes room. Together with the deadline below, no
        // local process can keep the agent's phone software out by holding every slot.
        if (m_connections.size() >= kMaxConnections) {
            auto quietest = std::min_element(m_connections.begin(), m_connections.end(), [](const auto &a, const auto &b) {
                return a.second->lastActivity < b.second->lastActivity;
            });
            qCInfo(lcHandoffHttp) << "all" << kMaxConnections << "connections busy: dropping the quietest";
            QTcpSocket *dropped = quietest->first;
            m_connections.erase(quietest);
            dropped->abort();
            dropped->deleteLater();
        }
        socket->setParent(this);
        auto state = std::make_shared<Connection>();
        state->lastActivity = m_clock.elapsed();
        m_connections.emplace_back(socket, state);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        // One deadline for the whole request, never restarted: a byte now and then does not keep a slot.
        state->deadline = new QTimer(socket);
        state->deadline->setSingleShot(true);
        connect(state->deadline, &QTimer::timeout, this, [this, socket] {
            socket->abort();
            forget(socket);
        });
        state->deadline->start(kRequestDeadlineMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] { onReadyRead(socket, *state); });
    }
}

void HandoffHttpServer::forget(QTcpSocket *socket)
{
    const auto it = std::find_if(m_connections.begin(), m_connections.end(), [socket](const auto &c) { return c.first == socket; });
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    socket->deleteLater();
}

void HandoffHttpServer::respond(QTcpSocket *socket, Connection &state, int status, const QByteArray &error, const QString &message)
{
    QJsonObject answer{{QStringLiteral("ok"), status == 200}};
    if (status != 200) {
        answer.insert(QStringLiteral("error"), QString::fromLatin1(error));
        answer.insert(QStringLiteral("message"), message);
        qCInfo(lcHandoffHttp).noquote() << "answered" << status << error << "-" << message;
    }
    const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n"
                      "Content-Type: application/json; charset=utf-8\r\n"
                      "Cache-Control: no-store\r\n"
                      "Connection: close\r\n"
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 401)
        head += "WWW-Authenticate: Bearer realm=\"souffleur\"\r\n";
    if (status == 405)
        head += "Allow: GET, POST\r\n";
    socket->write(head + "\r\n" + body);
    state.draining = true;
    state.buffer.clear();
    if (status == 413) {
        // The client may still be sending a body we will not read: let it see the answer, drop what arrives for
        // a moment, then close (closing at once with unread data resets the connection before the answer is read).
        state.deadline->start(2000);
        return;
    }
    socket->disconnectFromHost();
}

bool HandoffHttpServer::authorised(const QByteArray &authorization) const
{
    return authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0
           && sameSecret(authorization.mid(7).trimmed(), m_token);
}

void HandoffHttpServer::onReadyRead(QTcpSocket *socket, Connection &state)
{
    state.lastActivity = m_clock.elapsed();
    if (state.draining) {
        state.drained += socket->readAll().size();
        if (state.drained > 4 * TicketHandoff::kMaxMessageBytes)
            socket->abort();
        return;
    }
    state.buffer.append(socket->readAll());
    const HandoffHttpRequest request = HandoffHttpRequest::parse(state.buffer, m_server->serverPort());
    switch (request.state) {
    case HandoffHttpRequest::State::Incomplete:
        return;
    case HandoffHttpRequest::State::AwaitingBody:
        if (!state.continued && request.expectsContinue) {
            state.continued = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HandoffHttpRequest::State::Refused:
        return respond(socket, state, request.status, request.error, request.message);
    case HandoffHttpRequest::State::Complete:
        break;
    }

    // The token comes in the Authorization header only: a token in the URL ends up in browser histories and logs,
    // and a URL is what a web page can make the browser open.
    QByteArrayList fields;
    for (const QByteArray &pair : request.query.split('&')) {
        if (pair.startsWith("token="))
            return respond(socket, state, 400, "token_in_url",
                           tr("Send the token in the “Authorization: Bearer TOKEN” header, not in the URL."));
        if (!pair.isEmpty())
            fields.append(pair);
    }
    if (!authorised(request.headers.value("authorization")))
        return respond(socket, state, 401, "unauthorized", tr("Missing or wrong token: send “Authorization: Bearer TOKEN”."));

    Result<TicketHandoff> handoff = makeError(QString());
    if (request.method == "GET") {
        handoff = TicketHandoff::fromQuery(fields.join('&'));
    } else {
        if (!fields.isEmpty())
            return respond(socket, state, 400, "malformed", tr("With POST, send the ticket's fields in the JSON body, not in the URL."));
        handoff = TicketHandoff::fromJson(request.body);
    }
    if (handoff && handoff->isEmpty())
        handoff = makeError(TicketHandoff::tr("The hand-off was refused: it carries no ticket field."));
    if (!handoff) {
        emit handoffRefused(handoff.error().message);
        return respond(socket, state, 400, "invalid_handoff", handoff.error().message);
    }
    emit ticketReceived(*handoff);
    respond(socket, state, 200, {}, {});
}

} // namespace souffleur
