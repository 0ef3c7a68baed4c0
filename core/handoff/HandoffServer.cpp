// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffServer.h"

#include "handoff/HandoffClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcHandoff, "souffleur.core.handoff", QtInfoMsg)

namespace souffleur {

HandoffServer::HandoffServer(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, &HandoffServer::onNewConnection);
}

HandoffServer::~HandoffServer() = default;

QString HandoffServer::serverName(const QString &storePath)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    // The store may not exist yet on a first start: canonicalise its folder, which does, so that a link in the
    // path (/tmp -> /private/tmp) gives both starts the same name.
    const QFileInfo info(storePath);
    QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        folder = QDir::cleanPath(info.absolutePath());
    const QByteArray key = (user + QLatin1Char('\n') + folder + QLatin1Char('/') + info.fileName()).toUtf8();
    const QString id = QStringLiteral("souffleur-")
                       + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QLatin1Char('/') + id;
#endif
    return id;
}

Result<void> HandoffServer::listen(const QString &name)
{
    // Asked first, because listen() does not say: with a socket option set, Qt binds in a private folder and
    // renames the socket over `name`, silently replacing a live instance's socket as well as a crashed one's.
    if (HandoffClient::isRunning(name))
        return makeError(tr("Another Souffleur is already running on this knowledge store."));
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server->listen(name))
        return {};
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // The socket of an instance that crashed: nobody answered above.
        QLocalServer::removeServer(name);
        if (m_server->listen(name))
            return {};
    }
    return makeError(tr("Cannot listen for hand-offs on %1: %2").arg(name, m_server->errorString()));
}

QString HandoffServer::fullServerName() const
{
    return m_server->fullServerName();
}

QByteArray HandoffServer::frame(const QJsonObject &message)
{
    const QByteArray json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    return out + json;
}

std::optional<Result<QJsonObject>> HandoffServer::takeFrame(QByteArray &buffer)
{
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > quint32(TicketHandoff::kMaxMessageBytes))
        return Result<QJsonObject>(makeError(TicketHandoff::tr("The hand-off was refused: it is larger than %1 bytes.")
                                                 .arg(TicketHandoff::kMaxMessageBytes)));
    if (buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    const QByteArray json = buffer.mid(4, length);
    buffer.remove(0, 4 + length);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Result<QJsonObject>(makeError(tr("The hand-off message is not a JSON object.")));
    return Result<QJsonObject>(doc.object());
}

void HandoffServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its message does not keep a connection forever.
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->start(kIdleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, &QLocalSocket::abort);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer, idle] {
            buffer->append(socket->readAll());
            auto message = takeFrame(*buffer);
            if (!message)
                return;
            idle->stop();
            QJsonObject reply;
            if (!*message) {
                reply = {{QStringLiteral("ok"), false}, {QStringLiteral("message"), message->error().message}};
                emit handoffRefused(message->error().message);
            } else {
                reply = handle(**message);
            }
            socket->write(frame(reply));
            socket->disconnectFromServer();
        });
    }
}

QJsonObject HandoffServer::handle(const QJsonObject &request)
{
    const auto fail = [this](const QString &message, bool show) {
        qCInfo(lcHandoff).noquote() << "refused a hand-off from a second instance:" << message;
        if (show)
            emit handoffRefused(message);
        return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}};
    };
    if (request.value(QStringLiteral("v")).toInt() != kProtocolVersion)
        return fail(tr("This Souffleur speaks hand-off protocol %1; the other one does not.").arg(kProtocolVersion), false);
    const QString kind = request.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("activate")) {
        emit activateRequested();
        return {{QStringLiteral("ok"), true}};
    }
    if (kind == QLatin1String("refused")) {
        // The second instance found its hand-off malformed: the agent learns it here, where they are looking.
        const QString message = request.value(QStringLiteral("message")).toString().left(500);
        emit handoffRefused(message.isEmpty() ? TicketHandoff::tr("The hand-off was refused.") : message);
        return {{QStringLiteral("ok"), true}};
    }
    if (kind != QLatin1String("ticket"))
        return fail(tr("Unknown hand-off message “%1”.").arg(kind.left(40)), false);
    auto handoff = TicketHandoff::fromJson(request.value(QStringLiteral("ticket")).toObject());
    if (!handoff)
        return fail(handoff.error().message, true);
    if (handoff->isEmpty()) {
        emit activateRequested();
        return {{QStringLiteral("ok"), true}};
    }
    emit ticketReceived(*handoff);
    return {{QStringLiteral("ok"), true}};
}

} // namespace souffleur
