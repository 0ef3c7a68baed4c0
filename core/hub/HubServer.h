// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "hub/HubService.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

namespace souffleur::hub {

// Serves a HubService over HTTP/1.1 with Qt HttpServer (a technology preview in 6.4, hence the extra care):
// every request goes to our own dispatcher (so a wrong method gets 405, not the preview's 404), bodies are
// capped before QHttpServer buffers them whole (the preview has no limit of its own), idle connections are
// closed, and JSON answers are gzip-compressed for clients that accept it. Runs on the thread it lives in.
class HubServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HubServer(HubService &service, QObject *parent = nullptr);
    ~HubServer() override;
    Q_DISABLE_COPY_MOVE(HubServer)

    // Listens on address:port (0: any free port) and returns the port.
    Result<quint16> start(const QHostAddress &address, quint16 port);

    // Connections idle this long are closed.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

    // Serve HTTPS only, with this configuration (before start()). See tlsConfiguration().
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    // A server configuration from PEM files: the certificate (optionally followed by its intermediate CAs) and
    // an unencrypted private key that must match it; TLS 1.2 at least. The match is checked by a TLS handshake
    // with itself on the loopback interface, since Qt has no API to compare a key with a certificate.
    static Result<QSslConfiguration> tlsConfiguration(const QString &certificateFile, const QString &keyFile);

    // Bodies this large or larger are compressed when the client accepts gzip.
    static constexpr qsizetype kCompressFrom = 256;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HubService &m_service;
    int m_idleTimeoutMs = 60000;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace souffleur::hub
