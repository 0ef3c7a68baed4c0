// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the hand-off tests: the real `souffleur` as a process with its own settings and runtime folders, and a
// raw HTTP/1.1 exchange with the loopback endpoint (raw, so that malformed requests can be sent too).

#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

namespace handofftest {

// Points this process and the processes it starts at private settings and runtime folders: tests never touch the
// user's configuration, and tests running in parallel never share a single-instance socket.
inline void isolate(const QString &root)
{
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(var).toLower();
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(var, QFile::encodeName(dir));
    }
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `souffleur args…` to its end while this thread's event loop keeps running (a second instance waits for the
// answer of a first one that may live in this very process).
inline Run runApp(const QStringList &args, int timeoutMs = 30000)
{
    QProcess p;
    p.setProgram(QStringLiteral(SOUFFLEUR_APP));
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(10000))
        return {};
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

struct HttpReply
{
    int status = 0;  // 0: no answer (connection refused or closed)
    QByteArray head;
    QJsonObject json;
};

inline HttpReply http(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray got;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { got += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; }, 10000) || closed)
        return {};
    socket.write(request);
    const qsizetype end = [&] {
        (void)QTest::qWaitFor([&] { return closed || got.contains("\r\n\r\n"); }, 10000);
        return got.indexOf("\r\n\r\n");
    }();
    if (end < 0)
        return {};
    // Wait for the whole body (Content-Length) or the close.
    const QByteArray head = got.left(end);
    const qsizetype at = head.toLower().indexOf("content-length:");
    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
    (void)QTest::qWaitFor([&] { return closed || got.size() >= end + 4 + length; }, 10000);
    HttpReply reply;
    reply.head = head;
    reply.status = head.mid(9, 3).toInt();
    reply.json = QJsonDocument::fromJson(got.mid(end + 4)).object();
    return reply;
}

inline QByteArray post(const QByteArray &body, const QByteArray &token, const QByteArray &extraHeaders = {})
{
    QByteArray r = "POST /ticket HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    return r + extraHeaders + "\r\n" + body;
}

} // namespace handofftest
