// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace souffleur {
class Store;
}

namespace souffleur::sync {

// SyncScheduler's hands on its sync thread: owns that thread's Store connection and runs one SyncEngine pass at a
// time. Opened lazily, so the desktop's own store thread has created and migrated the file first.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)
public:
    explicit SyncWorker(QString storePath);
    ~SyncWorker() override;

    // Runs on the worker's thread: starts a pass, reported by finished() with the same generation.
    void run(quint64 generation, const SyncOptions &options);
    // Cancels a running pass and closes the store (before the thread ends).
    void shutdown();

signals:
    // `lastSuccess`: when the replica last caught up (UTC; invalid if never).
    void finished(quint64 generation, const souffleur::sync::SyncOutcome &outcome, const QDateTime &lastSuccess);

private:
    void report(quint64 generation, const SyncOutcome &outcome);

    QString m_path;
    std::unique_ptr<Store> m_store;
    SyncEngine *m_engine = nullptr;  // child, one per pass
};

} // namespace souffleur::sync
