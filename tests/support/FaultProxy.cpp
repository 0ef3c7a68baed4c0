// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultProxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <deque>
#include <list>
#include <numeric>

#include <sys/socket.h>

namespace souffleur {

namespace {

// Closes with a TCP reset rather than a FIN, as a crashed peer or a middlebox would: SO_LINGER with a zero delay.
void resetSocket(QTcpSocket *socket)
{
    if (!socket)
        return;
    if (socket->socketDescriptor() >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

struct Chunk
{
    qint64 due = 0;  // ms on the worker's clock
    QByteArray data;
};

// One relayed connection: the client's socket, ours to the hub, and what is waiting to go each way.
struct Pipe
{
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;  // null while hanging
    std::deque<Chunk> toServer;
    std::deque<Chunk> toClient;
    double upTokens = 0;
    double downTokens = 0;
    qint64 downRelayed = 0;
    qint64 cutFrom = 0;      // the answer bytes (downRelayed + queued) when the fault took this connection
    bool triggered = false;  // saw the trigger (see FaultProxy::setTrigger)
    bool truncate = false;  // opened while the Truncate fault was on
    bool closeWhenFlushed = false;
    bool dead = false;
};

} // namespace

class FaultProxyWorker final : public QObject
{
public:
    explicit FaultProxyWorker(FaultProxy &owner) : m_owner(owner) {}
    ~FaultProxyWorker() override
    {
        for (Pipe &p : m_pipes)
            kill(p, false);
    }

    quint16 listen(const QHostAddress &upstream, quint16 upstreamPort)
    {
        m_upstream = upstream;
        m_upstreamPort = upstreamPort;
        m_clock.start();
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        m_pump = new QTimer(this);
        m_pump->setInterval(5);
        QObject::connect(m_pump, &QTimer::timeout, this, [this] { pumpAll(); });
        m_pump->start();
        return m_server->serverPort();
    }

    void dropAll()
    {
        for (Pipe &p : m_pipes)
            kill(p, true);
        sweep();
    }

private:
    using Fault = FaultProxy::Fault;

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++m_owner.m_connections;
            const Fault fault = trigger().isEmpty() ? m_owner.fault() : Fault::None;
            m_pipes.push_back(Pipe{});
            Pipe *p = &m_pipes.back();
            p->client = client;
            client->setParent(this);
            if (fault == Fault::Reset) {
                kill(*p, true);
                continue;
            }
            p->truncate = fault == Fault::Truncate;
            QObject::connect(client, &QTcpSocket::readyRead, this, [this, p] { fromClient(*p); });
            QObject::connect(client, &QTcpSocket::disconnected, this, [this, p] { kill(*p, false); });
            if (fault != Fault::Hang)
                openUpstream(*p);
        }
        sweep();
    }

    void openUpstream(Pipe &p)
    {
        auto *server = new QTcpSocket(this);
        p.server = server;
        Pipe *pp = &p;
        QObject::connect(server, &QTcpSocket::connected, this, [this, pp] { pump(*pp); });
        QObject::connect(server, &QTcpSocket::readyRead, this, [this, pp] { fromServer(*pp); });
        QObject::connect(server, &QTcpSocket::disconnected, this, [this, pp] {
            // The hub closed: deliver what is queued, then close the client's side too.
            pp->closeWhenFlushed = true;
            pump(*pp);
        });
        QObject::connect(server, &QTcpSocket::errorOccurred, this, [this, pp](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                kill(*pp, true);
        });
        server->connectToHost(m_upstream, m_upstreamPort);
    }

    void fromClient(Pipe &p)
    {
        if (p.dead)
            return;
        const QByteArray data = p.client->readAll();
        const QByteArray armed = trigger();
        if (!armed.isEmpty() && !p.triggered && data.contains(armed)) {
            p.triggered = true;
            p.cutFrom = queuedDown(p);
        }
        switch (fault(p)) {
        case Fault::Reset: kill(p, true); return;
        case Fault::Hang: return;  // swallowed: the hub never hears of it
        default: break;
        }
        if (!p.server)
            openUpstream(p);  // the fault that made this connection hang is over
        p.toServer.push_back({m_clock.elapsed() + m_owner.m_latencyMs.load(), data});
        pump(p);
    }

    void fromServer(Pipe &p)
    {
        if (p.dead)
            return;
        QByteArray data = p.server->readAll();
        switch (fault(p)) {
        case Fault::Reset: kill(p, true); return;
        case Fault::Hang: return;  // the answer is lost
        default: break;
        }
        if (p.truncate || fault(p) == Fault::Truncate) {
            p.truncate = true;
            const qint64 room = std::max<qint64>(0, m_owner.truncateAfter() - (queuedDown(p) - p.cutFrom));
            if (data.size() >= room) {
                data.truncate(room);
                p.closeWhenFlushed = true;
            }
        }
        if (!data.isEmpty())
            p.toClient.push_back({m_clock.elapsed() + m_owner.m_latencyMs.load(), data});
        pump(p);
    }

    QByteArray trigger() const
    {
        QMutexLocker lock(&m_owner.m_triggerLock);
        return m_owner.m_trigger;
    }

    Fault fault(const Pipe &p) const
    {
        return trigger().isEmpty() || p.triggered ? m_owner.fault() : Fault::None;
    }

    static qint64 queuedDown(const Pipe &p)
    {
        return p.downRelayed + std::accumulate(p.toClient.begin(), p.toClient.end(), qint64(0),
                                               [](qint64 n, const Chunk &c) { return n + c.data.size(); });
    }

    // Moves due bytes each way within the bandwidth budget; closes the connection once a cut answer is out.
    void pump(Pipe &p)
    {
        if (p.dead)
            return;
        const qint64 now = m_clock.elapsed();
        const qint64 rate = m_owner.m_bytesPerSecond.load();
        const auto move = [&](std::deque<Chunk> &queue, QTcpSocket *to, double &tokens, std::atomic<qint64> &counter,
                              qint64 *relayed) {
            if (!to || to->state() != QAbstractSocket::ConnectedState)
                return;
            while (!queue.empty() && queue.front().due <= now) {
                Chunk &c = queue.front();
                qint64 n = c.data.size();
                if (rate > 0) {
                    n = std::min<qint64>(n, qint64(tokens));
                    if (n <= 0)
                        return;
                    tokens -= double(n);
                }
                to->write(c.data.constData(), n);
                counter += n;
                if (relayed)
                    *relayed += n;
                if (n == c.data.size())
                    queue.pop_front();
                else
                    c.data.remove(0, n);
            }
        };
        move(p.toServer, p.server, p.upTokens, m_owner.m_bytesUp, nullptr);
        move(p.toClient, p.client, p.downTokens, m_owner.m_bytesDown, &p.downRelayed);
        if (p.closeWhenFlushed && p.toClient.empty()) {
            p.client->disconnectFromHost();
            if (p.server)
                p.server->abort();
            p.dead = true;
        }
    }

    void pumpAll()
    {
        const qint64 now = m_clock.elapsed();
        const double dt = double(now - m_lastPump) / 1000.0;
        m_lastPump = now;
        const qint64 rate = m_owner.m_bytesPerSecond.load();
        for (Pipe &p : m_pipes) {
            // A token bucket per direction, holding at most a tenth of a second's worth.
            if (rate > 0) {
                p.upTokens = std::min(p.upTokens + double(rate) * dt, double(rate) / 10.0 + 1.0);
                p.downTokens = std::min(p.downTokens + double(rate) * dt, double(rate) / 10.0 + 1.0);
            }
            pump(p);
        }
        sweep();
    }

    void kill(Pipe &p, bool reset)
    {
        if (p.client) {
            p.client->disconnect(this);
            reset ? resetSocket(p.client) : p.client->abort();
            p.client->deleteLater();
            p.client = nullptr;
        }
        if (p.server) {
            p.server->disconnect(this);
            reset ? resetSocket(p.server) : p.server->abort();
            p.server->deleteLater();
            p.server = nullptr;
        }
        p.dead = true;
    }

    // Forgets dead connections (their sockets are already scheduled for deletion).
    void sweep()
    {
        for (auto it = m_pipes.begin(); it != m_pipes.end();) {
            if (it->dead && it->client) {
                // Closing after a cut answer: wait until the client's side has gone.
                if (it->client->state() == QAbstractSocket::UnconnectedState) {
                    it->client->disconnect(this);
                    it->client->deleteLater();
                    if (it->server) {
                        it->server->disconnect(this);
                        it->server->deleteLater();
                    }
                    it = m_pipes.erase(it);
                    continue;
                }
                ++it;
                continue;
            }
            it = it->dead ? m_pipes.erase(it) : std::next(it);
        }
    }

    FaultProxy &m_owner;
    QHostAddress m_upstream;
    quint16 m_upstreamPort = 0;
    QTcpServer *m_server = nullptr;
    QTimer *m_pump = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastPump = 0;
    std::list<Pipe> m_pipes;  // a list, so that the lambdas' Pipe pointers stay valid
};

FaultProxy::FaultProxy(const QHostAddress &upstream, quint16 upstreamPort) : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    m_worker = new FaultProxyWorker(*this);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [&] { m_port = m_worker->listen(upstream, upstreamPort); },
                              Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    FaultProxyWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void FaultProxy::setTrigger(const QByteArray &trigger)
{
    QMutexLocker lock(&m_triggerLock);
    m_trigger = trigger;
}

void FaultProxy::dropConnections()
{
    FaultProxyWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->dropAll(); }, Qt::BlockingQueuedConnection);
}

} // namespace souffleur
