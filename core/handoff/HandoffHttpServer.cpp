// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffHttpServer.h"

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
    QTimer *idle = nullptr;  // owned by the socket
};

HandoffHttpServer::HandoffHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
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
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size() > kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto state = std::make_shared<Connection>();
        state->idle = new QTimer(socket);
        state->idle->setSingleShot(true);
        connect(state->idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        state->idle->start(kIdleTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] { onReadyRead(socket, *state); });
    }
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
        state.idle->start(2000);
        return;
    }
    socket->disconnectFromHost();
}

bool HandoffHttpServer::authorised(const QByteArray &authorization, const QByteArray &queryToken) const
{
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return sameSecret(authorization.mid(7).trimmed(), m_token);
    return sameSecret(queryToken, m_token);
}

void HandoffHttpServer::onReadyRead(QTcpSocket *socket, Connection &state)
{
    if (state.draining) {
        state.drained += socket->readAll().size();
        if (state.drained > 4 * TicketHandoff::kMaxMessageBytes)
            socket->abort();
        return;
    }
    state.buffer.append(socket->readAll());
    const QByteArray buf = state.buffer;
    const qsizetype headEnd = buf.indexOf("\r\n\r\n");
    if ((headEnd < 0 && buf.size() > kMaxHeaderBytes) || headEnd > kMaxHeaderBytes)
        return respond(socket, state, 413, "too_large", tr("The request headers exceed %1 bytes.").arg(kMaxHeaderBytes));
    if (headEnd < 0)
        return;

    const QList<QByteArray> lines = buf.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return respond(socket, state, 400, "malformed", tr("This is not an HTTP/1.1 request."));
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return respond(socket, state, 400, "malformed", tr("A request header is malformed."));
        headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray method = requestLine.at(0), target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    if (path != "/ticket")
        return respond(socket, state, 404, "not_found", tr("Only /ticket is served here."));
    if (method != "GET" && method != "POST")
        return respond(socket, state, 405, "method_not_allowed", tr("Use GET or POST on /ticket."));
    // A web page the agent visits can make the browser send requests here; DNS rebinding would let it read the
    // answers. Any Host but the loopback's is refused (the token is the real protection, this is one more wall).
    if (headers.contains("host")) {
        QByteArray host = headers.value("host").toLower();
        if (host.startsWith('[')) {
            host = host.left(host.indexOf(']') + 1);
        } else if (host.contains(':')) {
            host = host.left(host.indexOf(':'));
        }
        if (host != "127.0.0.1" && host != "localhost" && host != "[::1]")
            return respond(socket, state, 403, "forbidden_host", tr("Requests must be addressed to 127.0.0.1 or localhost."));
    }
    if (headers.contains("transfer-encoding"))
        return respond(socket, state, 411, "length_required", tr("Send the body with a Content-Length, not chunked."));
    qsizetype length = 0;
    if (headers.contains("content-length")) {
        bool ok = false;
        const qlonglong declared = headers.value("content-length").toLongLong(&ok);
        if (!ok || declared < 0)
            return respond(socket, state, 400, "malformed", tr("The Content-Length header is malformed."));
        if (declared > TicketHandoff::kMaxMessageBytes)
            return respond(socket, state, 413, "too_large", tr("The request body exceeds %1 bytes.").arg(TicketHandoff::kMaxMessageBytes));
        length = qsizetype(declared);
    } else if (method == "POST") {
        return respond(socket, state, 411, "length_required", tr("A POST needs a Content-Length."));
    }
    if (buf.size() < headEnd + 4 + length) {
        // curl sends "Expect: 100-continue" for bodies over 1 KiB and waits a second for this before sending.
        if (!state.continued && headers.value("expect").toLower() == "100-continue") {
            state.continued = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;  // the body is still on its way
    }
    const QByteArray body = buf.mid(headEnd + 4, length);

    // The token may come as a query parameter (for software that can only open a URL); it is not a field.
    QByteArray queryToken;
    QByteArrayList fields;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.startsWith("token="))
            queryToken = QByteArray::fromPercentEncoding(pair.mid(6));
        else if (!pair.isEmpty())
            fields.append(pair);
    }
    if (!authorised(headers.value("authorization"), queryToken))
        return respond(socket, state, 401, "unauthorized",
                       tr("Missing or wrong token: send “Authorization: Bearer TOKEN” or token=TOKEN."));

    Result<TicketHandoff> handoff = makeError(QString());
    if (method == "GET") {
        handoff = TicketHandoff::fromQuery(fields.join('&'));
    } else {
        if (!fields.isEmpty())
            return respond(socket, state, 400, "malformed", tr("With POST, send the ticket's fields in the JSON body, not in the URL."));
        handoff = TicketHandoff::fromJson(body);
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
