// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncWorker.h"

#include "store/Store.h"
#include "sync/SyncState.h"

namespace souffleur::sync {

SyncWorker::SyncWorker(QString storePath) : m_path(std::move(storePath)) {}

SyncWorker::~SyncWorker()
{
    shutdown();
}

void SyncWorker::run(quint64 generation, const SyncOptions &options)
{
    if (m_engine)
        return;
    if (!m_store) {
        Store::Options open;
        open.createIfMissing = false;
        auto store = Store::open(m_path, open);
        if (!store) {
            SyncOutcome outcome;
            outcome.status = SyncStatus::Fatal;
            outcome.message = store.error().toString();
            outcome.outboxPending = -1;
            return report(generation, outcome);
        }
        m_store = std::move(*store);
    }
    m_engine = new SyncEngine(*m_store, options, this);
    connect(m_engine, &SyncEngine::finished, this, [this, generation](const SyncOutcome &outcome) {
        m_engine->deleteLater();
        m_engine = nullptr;
        report(generation, outcome);
    });
    m_engine->start();
}

void SyncWorker::report(quint64 generation, const SyncOutcome &outcome)
{
    QDateTime last;
    if (m_store)
        last = QDateTime::fromString(m_store->meta(key::lastSuccess()), Qt::ISODate);
    emit finished(generation, outcome, last);
}

void SyncWorker::shutdown()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->cancel();
        delete m_engine;
        m_engine = nullptr;
    }
    m_store.reset();
}

} // namespace souffleur::sync
