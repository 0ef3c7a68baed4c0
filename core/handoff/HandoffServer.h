// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "handoff/TicketHandoff.h"

#include <QJsonObject>
#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace souffleur {

// The running desktop's end of single instance: a QLocalServer that a second start of `souffleur` (same user,
// same store) connects to, hands its hand-off or its "come forward" over, and gets an answer from. One message
// each way, each a 4-byte big-endian length then a UTF-8 JSON object (the protocol is in
// docs/cti-integration.md). The server validates what it receives with the same parser as everywhere else:
// a second instance is a process like any other.
class HandoffServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffServer)
public:
    explicit HandoffServer(QObject *parent = nullptr);
    ~HandoffServer() override;

    // The local server name for this user and store: a socket in the user's runtime directory (mode 0700) on
    // Unix, so another user can neither connect nor squat the name.
    static QString serverName(const QString &storePath);

    // Listens under `name`. A name left by a crashed instance is reclaimed; a live instance's name is not.
    Result<void> listen(const QString &name);
    QString fullServerName() const;

    // Framing shared with HandoffClient.
    static QByteArray frame(const QJsonObject &message);
    // Takes one complete frame off the front of `buffer`: the object, an Error when the frame is malformed or too
    // large, or nothing yet (std::nullopt) while it is incomplete.
    static std::optional<Result<QJsonObject>> takeFrame(QByteArray &buffer);
    static constexpr int kProtocolVersion = 1;
    static constexpr int kIdleTimeoutMs = 5000;

signals:
    void ticketReceived(const souffleur::TicketHandoff &handoff);
    // A second start without a ticket: the agent wants the window.
    void activateRequested();
    // A hand-off that was refused (here or, for a malformed one, already by the second instance).
    void handoffRefused(const QString &message);

private:
    void onNewConnection();
    QJsonObject handle(const QJsonObject &request);

    QLocalServer *m_server;
};

} // namespace souffleur
