// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffClient.h"

#include "handoff/HandoffServer.h"

#include <QDeadlineTimer>
#include <QLocalSocket>

namespace souffleur {

HandoffClient::Answer HandoffClient::send(const QString &serverName, const QJsonObject &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(1000))
        return {Outcome::NotRunning, {}};
    const QDeadlineTimer deadline(timeoutMs);
    socket.write(HandoffServer::frame(message));
    while (socket.bytesToWrite() > 0 && !deadline.hasExpired())
        socket.waitForBytesWritten(int(deadline.remainingTime()));
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())) && socket.bytesAvailable() == 0)
            break;
        buffer.append(socket.readAll());
        auto reply = HandoffServer::takeFrame(buffer);
        if (!reply)
            continue;
        if (!*reply)
            return {Outcome::Failed, reply->error().message};
        const QJsonObject answer = **reply;
        if (answer.value(QStringLiteral("ok")).toBool())
            return {Outcome::Delivered, {}};
        return {Outcome::Refused, answer.value(QStringLiteral("message")).toString()};
    }
    return {Outcome::Failed,
            TicketHandoff::tr("The running Souffleur did not answer within %1 s.").arg(timeoutMs / 1000.0, 0, 'g', 2)};
}

bool HandoffClient::isRunning(const QString &serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    const bool running = socket.waitForConnected(500);
    socket.abort();
    return running;
}

QJsonObject HandoffClient::ticketMessage(const TicketHandoff &handoff)
{
    return {{QStringLiteral("v"), HandoffServer::kProtocolVersion}, {QStringLiteral("kind"), QStringLiteral("ticket")},
            {QStringLiteral("ticket"), handoff.toJson()}};
}

QJsonObject HandoffClient::activateMessage()
{
    return {{QStringLiteral("v"), HandoffServer::kProtocolVersion}, {QStringLiteral("kind"), QStringLiteral("activate")}};
}

QJsonObject HandoffClient::refusedMessage(const QString &why)
{
    return {{QStringLiteral("v"), HandoffServer::kProtocolVersion}, {QStringLiteral("kind"), QStringLiteral("refused")},
            {QStringLiteral("message"), why}};
}

} // namespace souffleur
