// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/KeychainBackend.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace souffleur {

namespace {

SecretBackend::Answer answerOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretBackend::Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {SecretBackend::Status::NotFound, {}, job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        return {SecretBackend::Status::Failed, {}, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what QtKeychain reports on Linux when there is no D-Bus session ("Cannot autolaunch
        // D-Bus") or no secret service on it (a bare CI machine, a kiosk): the keychain is not there.
        break;
    }
    return {SecretBackend::Status::Unavailable, {}, job.errorString()};
}

// Starts `job` (which deletes itself) and answers through `done` when it finishes.
void run(QKeychain::Job *job, const QString &key, std::function<void(const QKeychain::Job &)> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never QtKeychain's clear-text QSettings fallback: ours is a 0600 file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [finished = std::move(finished)](QKeychain::Job *j) { finished(*j); });
    job->start();
}

} // namespace

KeychainBackend::KeychainBackend(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QString KeychainBackend::location() const
{
    return QStringLiteral("keychain service \"%1\"").arg(m_service);
}

void KeychainBackend::read(const QString &key, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    run(job, key, [job, done = std::move(done)](const QKeychain::Job &j) {
        Answer answer = answerOf(j);
        if (answer.status == Status::Ok)
            answer.value = job->textData();
        done(answer);
    });
}

void KeychainBackend::write(const QString &key, const QString &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    run(job, key, [done = std::move(done)](const QKeychain::Job &j) { done(answerOf(j)); });
}

void KeychainBackend::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    run(job, key, [done = std::move(done)](const QKeychain::Job &j) { done(answerOf(j)); });
}

} // namespace souffleur
