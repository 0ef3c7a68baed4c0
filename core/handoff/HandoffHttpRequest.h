// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace souffleur {

// One HTTP/1.1 request to the hand-off endpoint, read from what a connection has sent so far. Kept apart from the
// socket handling so that every check made before the token (path, method, Host, Origin, framing, sizes) is one pure
// function that the tests and the fuzzer (tests/fuzz/handoff_http) can drive with any bytes.
struct HandoffHttpRequest
{
    Q_DECLARE_TR_FUNCTIONS(souffleur::HandoffHttpRequest)
public:
    enum class State {
        Incomplete,     // the headers have not all arrived
        AwaitingBody,   // headers accepted, the declared body is still on its way
        Complete,       // headers and body accepted
        Refused,        // answer with status/error/message and close
    };

    State state = State::Incomplete;
    QByteArray method;
    QByteArray path;
    QByteArray query;  // without the leading '?'
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
    bool expectsContinue = false;  // "Expect: 100-continue" and the body has not arrived

    int status = 0;
    QByteArray error;  // the machine-readable code of a refusal
    QString message;

    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

    // Parses the bytes received so far on a connection to 127.0.0.1:port.
    static HandoffHttpRequest parse(const QByteArray &received, quint16 port);

private:
    static HandoffHttpRequest refused(int status, const QByteArray &error, const QString &message);
};

} // namespace souffleur
