// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handoff/TicketHandoff.h"

#include <QJsonObject>
#include <QString>

namespace souffleur {

// The second start's end of single instance: finds the running instance of the same user and store and hands
// it one message (see HandoffServer). Blocking, with timeouts: it runs before the second start shows anything,
// and that process exits right after.
class HandoffClient final
{
public:
    enum class Outcome {
        NotRunning,  // nobody listens: this start becomes the running instance
        Delivered,   // the running instance took the message
        Refused,     // the running instance refused the hand-off (message says why)
        Failed,      // an instance listens but did not answer in time
    };
    struct Answer
    {
        Outcome outcome = Outcome::NotRunning;
        QString message;
    };

    static Answer send(const QString &serverName, const QJsonObject &message, int timeoutMs = 5000);
    static bool isRunning(const QString &serverName);

    // The messages a second start sends.
    static QJsonObject ticketMessage(const TicketHandoff &handoff);
    static QJsonObject activateMessage();
    static QJsonObject refusedMessage(const QString &why);
};

} // namespace souffleur
