// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace souffleur {

class FaultProxyWorker;

// A TCP relay between a desktop and a hub on 127.0.0.1 that counts the bytes it carries and injects network
// faults, switchable at any time: used by the sync fault tests and by `souffleur-hub bench-sync`.
//
// It runs on a thread of its own, so that it keeps relaying while the caller blocks (waiting for a souffleur-kb
// process, or inside SyncEngine::runBlocking()). Every public method may be called from any thread.
class FaultProxy final
{
public:
    enum class Fault {
        None,      // relay faithfully
        Reset,     // abort every connection (RST) as soon as it is opened or carries data
        Hang,      // accept, read and drop what the client sends, never answer
        Truncate,  // relay the request, but only the first truncateAfter() bytes of each connection's answer,
                   // then close (FIN): a cut response
        Slow,      // relay through a bandwidth limit and a latency (see setSlow())
    };

    // Listens on 127.0.0.1 (a free port) and relays to upstream:upstreamPort.
    FaultProxy(const QHostAddress &upstream, quint16 upstreamPort);
    ~FaultProxy();
    Q_DISABLE_COPY_MOVE(FaultProxy)

    quint16 port() const { return m_port; }

    void setFault(Fault fault) { m_fault.store(int(fault)); }
    Fault fault() const { return Fault(m_fault.load()); }
    // With a trigger, the fault hits a connection only from the moment its client sends bytes containing it (e.g.
    // "POST /v1/outbox": the upload reaches the hub, its answer is lost); before that it relays faithfully.
    void setTrigger(const QByteArray &trigger);
    void setTruncateAfter(qint64 bytes) { m_truncateAfter.store(bytes); }
    qint64 truncateAfter() const { return m_truncateAfter.load(); }
    // Bytes per second each way (0: unlimited) and a one-way delay added to every chunk.
    void setSlow(qint64 bytesPerSecond, int latencyMs)
    {
        m_bytesPerSecond.store(bytesPerSecond);
        m_latencyMs.store(latencyMs);
    }

    // Bytes relayed so far (the HTTP requests and answers, headers included; not TCP/IP's own headers).
    qint64 bytesUp() const { return m_bytesUp.load(); }
    qint64 bytesDown() const { return m_bytesDown.load(); }
    qint64 connections() const { return m_connections.load(); }
    void resetCounters()
    {
        m_bytesUp.store(0);
        m_bytesDown.store(0);
        m_connections.store(0);
    }
    // Aborts every open connection (as a cable pulled would), whatever the fault.
    void dropConnections();

private:
    friend class FaultProxyWorker;

    std::unique_ptr<QThread> m_thread;
    FaultProxyWorker *m_worker = nullptr;  // lives on m_thread
    quint16 m_port = 0;
    std::atomic<int> m_fault{int(Fault::None)};
    mutable QMutex m_triggerLock;
    QByteArray m_trigger;
    std::atomic<qint64> m_truncateAfter{64};
    std::atomic<qint64> m_bytesPerSecond{0};
    std::atomic<int> m_latencyMs{0};
    std::atomic<qint64> m_bytesUp{0};
    std::atomic<qint64> m_bytesDown{0};
    std::atomic<qint64> m_connections{0};
};

} // namespace souffleur
