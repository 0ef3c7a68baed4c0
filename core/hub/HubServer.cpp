// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/HubServer.h"

#include "sync/Gzip.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcHubServer, "souffleur.hub.server", QtInfoMsg)

namespace souffleur::hub {

namespace {

constexpr char kBytesProperty[] = "souffleur_request_bytes";
constexpr qsizetype kHeaderAllowance = 64 * 1024;

// Writes a complete JSON answer on a raw socket, used when a request is refused before QHttpServer parsed it (too
// large), so there is no responder. QHttpServer stops reading the connection; the rest of the declared body
// (`drain` bytes, bounded) is read and dropped so that the client, still sending, gets to read the answer rather
// than a reset; then the connection closes.
void refuse(QTcpSocket *socket, const HttpResponse &response, const char *reason, qint64 drain)
{
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n"
                            "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                            + QByteArray::number(response.body.size()) + "\r\n\r\n";
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->write(head + response.body);
    auto left = std::make_shared<qint64>(drain - socket->bytesAvailable());
    socket->skip(socket->bytesAvailable());
    if (*left <= 0) {
        socket->disconnectFromHost();
    } else {
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, left] {
            *left -= socket->bytesAvailable();
            socket->skip(socket->bytesAvailable());
            if (*left <= 0)
                socket->disconnectFromHost();
        });
    }
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
}

// Counts the bytes of the request in progress on each connection before QHttpServer reads them, and refuses a
// request whose declared or received size passes the limit; closes idle connections. With TLS, the connections are
// QSslSockets whose server handshake starts here: QHttpServer and the guard below only ever see decrypted bytes
// (QSslSocket signals readyRead for those alone), so the guard and the idle timeout work the same over HTTPS. (The
// preview's own sslSetup() only applies to servers it creates itself in listen(), not to one given to bind().)
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(const HubService &service, int idleTimeoutMs, std::optional<QSslConfiguration> tls, QObject *parent)
        : QTcpServer(parent), m_service(service), m_idleTimeoutMs(idleTimeoutMs), m_tls(std::move(tls))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setProperty(kBytesProperty, qint64(0));
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_idleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        idle->start();
        if (!m_tls) {
            guard(socket, idle);
            addPendingConnection(socket);
            return;
        }
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(*m_tls);
        // Until QHttpServer takes it (and deletes it on disconnection too; twice is harmless), the socket is ours.
        connect(ssl, &QAbstractSocket::disconnected, ssl, &QObject::deleteLater);
        // A failed handshake (an old TLS version, a client that distrusts the certificate) ends the connection.
        connect(ssl, &QSslSocket::errorOccurred, ssl, [ssl](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                return;
            qCInfo(lcHubServer) << "TLS connection from" << ssl->peerAddress().toString() << "failed:" << ssl->errorString();
            ssl->abort();
        });
        // The first byte decides: a TLS handshake record starts with 22. Anything else is most likely an http://
        // client at this https:// port, which gets a plain answer saying so (a fatal 400 for the desktop) rather than
        // a dropped connection it would take for a network fault and retry. Peeking in unencrypted mode leaves the
        // bytes in place for the handshake.
        auto sniff = std::make_shared<QMetaObject::Connection>();
        *sniff = connect(ssl, &QSslSocket::readyRead, this, [this, ssl, idle, sniff] {
            char first = 0;
            if (ssl->peek(&first, 1) != 1)
                return;
            disconnect(*sniff);
            if (first == 0x16) {
                ssl->startServerEncryption();
                guard(ssl, idle);
                addPendingConnection(ssl);
                emit newConnection(); // Qt emits it after incomingConnection(), when this connection was not ready
                return;
            }
            qCInfo(lcHubServer) << "refused a plain HTTP request on the HTTPS port from" << ssl->peerAddress().toString();
            refuse(ssl, HubService::error(400, QStringLiteral("https_required"),
                                          QObject::tr("This hub speaks HTTPS only: use an https:// address.")),
                   "Bad Request", ssl->bytesAvailable());
        });
    }

private:
    // Counts the request's bytes and refuses it when too large; any data keeps the connection from being idle.
    void guard(QTcpSocket *socket, QTimer *idle)
    {
        // Connected before QHttpServer's own slot (it connects when it takes the connection), so this runs first.
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle] {
            idle->start();
            const qint64 before = socket->property(kBytesProperty).toLongLong();
            const qint64 total = before + socket->bytesAvailable();
            socket->setProperty(kBytesProperty, total);
            const qsizetype limit = m_service.limits().maxBody;
            // Past the limit with no end in sight (no declared length, or a lying one): close now.
            if (total > limit + kHeaderAllowance) {
                refuseLarge(socket, limit, 0);
                return;
            }
            if (before != 0)
                return;
            // A new request: look at its declared length as soon as its headers are in, and answer 413 before
            // buffering a body we would refuse anyway.
            const QByteArray head = socket->peek(kHeaderAllowance).toLower();
            const qsizetype end = head.indexOf("\r\n\r\n");
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (end > 0 && at > 0 && at < end) {
                const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
                const qint64 declared = head.mid(at + 17, lineEnd - at - 17).trimmed().toLongLong();
                if (declared > limit)
                    refuseLarge(socket, limit, std::min<qint64>(end + 4 + declared, 4 * qint64(limit)));
            }
        });
        connect(socket, &QTcpSocket::bytesWritten, idle, [idle] { idle->start(); });
    }

    static void refuseLarge(QTcpSocket *socket, qsizetype limit, qint64 drain)
    {
        qCInfo(lcHubServer) << "refused an oversized request from" << socket->peerAddress().toString();
        refuse(socket, HubService::error(413, QStringLiteral("payload_too_large"),
                                         QObject::tr("The request body exceeds %1 bytes.").arg(limit)),
               "Payload Too Large", drain);
    }

    const HubService &m_service;
    int m_idleTimeoutMs;
    std::optional<QSslConfiguration> m_tls;
};

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

// Completes a TLS handshake between `configuration` and a client on the loopback interface; returns the error
// that stopped it (OpenSSL refuses a key that does not match the certificate when the server side starts).
QString selfHandshake(const QSslConfiguration &configuration)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return {}; // No loopback to test on: the first real connection will tell.
    QEventLoop loop;
    QString failure;
    bool done = false;
    auto end = [&](const QString &message) {
        if (done)
            return;
        done = true;
        failure = message;
        loop.quit();
    };
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket, QAbstractSocket::SocketError) { end(socket->errorString()); });
    QSslSocket client;
    // This client only checks that our own key and certificate work together; who signed them is not its business.
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QObject::connect(&client, &QSslSocket::encrypted, &loop, [&] { end({}); });
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&] { end(client.errorString()); });
    QTimer::singleShot(10000, &loop, [&] { end(QObject::tr("the TLS handshake with itself did not complete")); });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    if (!done)
        loop.exec();
    client.abort();
    return failure;
}

} // namespace

Result<QSslConfiguration> HubServer::tlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return makeError(tr("TLS is not available: Qt found no usable OpenSSL library."));
    auto certData = readFile(certificateFile, tr("certificate"));
    if (!certData)
        return certData.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certData, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return makeError(tr("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").").arg(certificateFile));
    auto keyData = readFile(keyFile, tr("private key"));
    if (!keyData)
        return keyData.error();
    QSslKey key(*keyData, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(*keyData, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return makeError(tr("%1 holds no unencrypted PEM private key (RSA or EC; a key protected by a passphrase "
                            "must be decrypted first, e.g. with openssl pkey).").arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates: users present tokens
    if (const QString failure = selfHandshake(configuration); !failure.isEmpty())
        return makeError(tr("The certificate %1 and the private key %2 cannot serve TLS (does the key belong to the certificate?): %3")
                             .arg(certificateFile, keyFile, failure));
    return configuration;
}

HubServer::HubServer(HubService &service, QObject *parent) : QAbstractHttpServer(parent), m_service(service) {}
HubServer::~HubServer() = default;

Result<quint16> HubServer::start(const QHostAddress &address, quint16 port)
{
    auto *server = new GuardedTcpServer(m_service, m_idleTimeoutMs, m_tls, this);
    if (!server->listen(address, port)) {
        const QString message = tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return makeError(message);
    }
    bind(server);
    return server->serverPort();
}

bool HubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setProperty(kBytesProperty, qint64(0));
    HttpRequest in;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: in.method = "GET"; break;
    case QHttpServerRequest::Method::Post: in.method = "POST"; break;
    case QHttpServerRequest::Method::Put: in.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: in.method = "DELETE"; break;
    case QHttpServerRequest::Method::Head: in.method = "HEAD"; break;
    case QHttpServerRequest::Method::Patch: in.method = "PATCH"; break;
    case QHttpServerRequest::Method::Options: in.method = "OPTIONS"; break;
    default: in.method = "OTHER"; break;
    }
    in.path = request.url().path();
    in.query = request.query();
    in.authorization = request.value(QByteArrayLiteral("authorization"));
    in.body = request.body();
    HttpResponse out = m_service.handle(in);

    const bool gzip = request.value(QByteArrayLiteral("accept-encoding")).toLower().contains("gzip");
    QByteArray body = out.body;
    if (gzip && body.size() >= kCompressFrom) {
        // Level 9 for large bodies (first-sync pages): a few percent smaller, and they are compressed once per
        // desktop rather than per poll.
        const QByteArray packed = sync::gzipCompress(body, body.size() >= 64 * 1024 ? 9 : 6);
        if (!packed.isEmpty()) {
            body = packed;
            out.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        }
    }
    out.headers.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding")});
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(out.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const auto &[k, v] : std::as_const(out.headers))
        responder.writeHeader(k, v);
    responder.writeBody(body);
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; kept for the interface.
    const HttpResponse out = HubService::error(404, QStringLiteral("not_found"), tr("No such endpoint."));
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(out.body, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                    QHttpServerResponder::StatusCode::NotFound);
}

} // namespace souffleur::hub
