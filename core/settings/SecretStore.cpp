// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SecretStore.h"

#include "settings/SettingsLog.h"
#include "settings/FileSecretBackend.h"
#include "settings/KeychainBackend.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

#include <utility>

namespace souffleur {

namespace {

QPointer<SecretStore> g_instance;

QString keyOf(SecretStore::Secret secret)
{
    switch (secret) {
    case SecretStore::Secret::HubToken:
        return QStringLiteral("hub-token");
    case SecretStore::Secret::HandoffToken:
        return QStringLiteral("handoff-token");
    }
    return {};
}

// Where version 0 of the settings file kept each secret in clear.
struct LegacyKey
{
    SecretStore::Secret secret;
    const char *settingsKey;
};
constexpr LegacyKey kLegacyKeys[] = {{SecretStore::Secret::HubToken, "sync/token"},
                                     {SecretStore::Secret::HandoffToken, "handoff/token"}};

template <typename T>
std::shared_ptr<QPromise<Result<T>>> startedPromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

template <typename T>
void finish(QPromise<Result<T>> &promise, Result<T> result)
{
    promise.addResult(std::move(result));
    promise.finish();
}

} // namespace

struct LegacyMigration
{
    std::shared_ptr<QPromise<Result<void>>> promise;
    qsizetype next = 0;
};

SecretStore::SecretStore(std::unique_ptr<SecretBackend> keychain, std::unique_ptr<SecretBackend> fallback, QObject *parent)
    : QObject(parent), m_keychain(std::move(keychain)), m_fallback(std::move(fallback))
{
}

SecretStore::~SecretStore() = default;

SecretStore *SecretStore::instance()
{
    if (!g_instance) {
        const QString file = Settings().folder() + QStringLiteral("/tokens.json");
        g_instance = new SecretStore(std::make_unique<KeychainBackend>(QStringLiteral("Souffleur")),
                                     std::make_unique<FileSecretBackend>(file), QCoreApplication::instance());
    }
    return g_instance;
}

void SecretStore::setInstance(SecretStore *store)
{
    g_instance = store;
}

QString SecretStore::fallbackPath() const
{
    return m_fallback->location();
}

QString SecretStore::takeFallbackNotice()
{
    if (!m_usingFallback)
        return {};
    Settings settings;
    if (settings.keychainFallbackNoticed())
        return {};
    settings.setKeychainFallbackNoticed(true);
    return tr("No system keychain is available: your access tokens are kept in %1, readable by you only.")
        .arg(fallbackPath());
}

QString SecretStore::whereKept() const
{
    return m_usingFallback ? tr("The token is kept in a file readable by you only (no system keychain is available).")
                           : tr("The token is kept in your system keychain.");
}

void SecretStore::engageFallback(const QString &why)
{
    if (m_usingFallback)
        return;
    m_usingFallback = true;
    qCWarning(lcSettings).noquote() << "no system keychain (" << why << "): tokens are kept in" << fallbackPath()
                                    << "(readable by the user only)";
    emit fallbackEngaged();
}

void SecretStore::readAnswer(const QString &key, Done done)
{
    if (m_usingFallback)
        return m_fallback->read(key, std::move(done));
    m_keychain->read(key, [this, key, done = std::move(done)](const SecretBackend::Answer &answer) {
        switch (answer.status) {
        case SecretBackend::Status::Ok:
        case SecretBackend::Status::Failed:
            return done(answer);
        case SecretBackend::Status::Unavailable:
            engageFallback(answer.message);
            break;
        case SecretBackend::Status::NotFound:
            break;  // maybe written to the file while the keychain was away
        }
        m_fallback->read(key, done);
    });
}

void SecretStore::writeAnswer(const QString &key, const QString &value, Done done)
{
    if (m_usingFallback)
        return m_fallback->write(key, value, std::move(done));
    m_keychain->write(key, value, [this, key, value, done = std::move(done)](const SecretBackend::Answer &answer) {
        if (answer.status == SecretBackend::Status::Unavailable) {
            engageFallback(answer.message);
            return m_fallback->write(key, value, done);
        }
        if (answer.status != SecretBackend::Status::Ok)
            return done(answer);
        // In the keychain now: a copy left in the file from a time without keychain must not linger.
        m_fallback->remove(key, [done](const SecretBackend::Answer &) { done({}); });
    });
}

void SecretStore::removeAnswer(const QString &key, Done done)
{
    auto fromFile = [this, key, done = std::move(done)](const SecretBackend::Answer &first) {
        m_fallback->remove(key, [first, done](const SecretBackend::Answer &second) {
            const bool failed = first.status == SecretBackend::Status::Failed;
            done(failed ? first : second.status == SecretBackend::Status::Failed ? second : SecretBackend::Answer{});
        });
    };
    if (m_usingFallback)
        return fromFile({});
    m_keychain->remove(key, [this, fromFile](const SecretBackend::Answer &answer) {
        if (answer.status == SecretBackend::Status::Unavailable) {
            engageFallback(answer.message);
            return fromFile({});
        }
        fromFile(answer);
    });
}

QFuture<Result<QString>> SecretStore::read(Secret secret)
{
    auto promise = startedPromise<QString>();
    // Until migrateLegacy() has moved it, the token is still in the settings file (a read at start may come
    // before the migration's end).
    for (const LegacyKey &legacy : kLegacyKeys) {
        if (legacy.secret != secret)
            continue;
        const Settings settings;
        const QString old = settings.version() < 1 ? settings.legacySecret(QLatin1String(legacy.settingsKey)) : QString();
        if (!old.isEmpty()) {
            finish<QString>(*promise, old);
            return promise->future();
        }
    }
    readAnswer(keyOf(secret), [this, promise](const SecretBackend::Answer &answer) {
        if (answer.status == SecretBackend::Status::Failed)
            return finish<QString>(*promise, makeError(tr("Cannot read the token from %1: %2")
                                                           .arg(m_usingFallback ? fallbackPath() : m_keychain->location(),
                                                                answer.message)));
        finish<QString>(*promise, answer.status == SecretBackend::Status::Ok ? answer.value : QString());
    });
    return promise->future();
}

QFuture<Result<QString>> SecretStore::readOrCreate(Secret secret, qsizetype minLength, std::function<QString()> generate)
{
    auto promise = startedPromise<QString>();
    read(secret).then(this, [this, secret, minLength, generate = std::move(generate), promise](const Result<QString> &kept) {
        if (!kept)
            return finish<QString>(*promise, kept.error());
        if (kept->size() >= minLength)
            return finish<QString>(*promise, *kept);
        const QString created = generate();
        write(secret, created).then(this, [promise, created](const Result<void> &stored) {
            finish<QString>(*promise, stored ? Result<QString>(created) : Result<QString>(stored.error()));
        });
    });
    return promise->future();
}

QFuture<Result<void>> SecretStore::write(Secret secret, const QString &value)
{
    auto promise = startedPromise<void>();
    auto done = [this, promise](const SecretBackend::Answer &answer) {
        if (answer.status == SecretBackend::Status::Failed)
            return finish<void>(*promise, makeError(tr("Cannot store the token in %1: %2")
                                                        .arg(m_usingFallback ? fallbackPath() : m_keychain->location(),
                                                             answer.message)));
        finish<void>(*promise, {});
    };
    if (value.isEmpty())
        removeAnswer(keyOf(secret), std::move(done));
    else
        writeAnswer(keyOf(secret), value, std::move(done));
    return promise->future();
}

QFuture<Result<void>> SecretStore::migrateLegacy()
{
    auto state = std::make_shared<LegacyMigration>();
    state->promise = startedPromise<void>();
    QFuture<Result<void>> future = state->promise->future();
    if (Settings().version() >= 1)
        finish<void>(*state->promise, {});
    else
        migrateNext(state);
    return future;
}

void SecretStore::migrateNext(std::shared_ptr<LegacyMigration> state)
{
    Settings settings;
    while (state->next < qsizetype(std::size(kLegacyKeys))) {
        const LegacyKey &legacy = kLegacyKeys[state->next++];
        const QString settingsKey = QLatin1String(legacy.settingsKey);
        const QString value = settings.legacySecret(settingsKey);
        if (value.isEmpty()) {
            settings.removeLegacySecret(settingsKey);
            continue;
        }
        write(legacy.secret, value).then(this, [this, state, settingsKey](const Result<void> &stored) {
            if (!stored) {
                qCWarning(lcSettings) << "token left in the settings file:" << stored.error().message;
                return finish<void>(*state->promise, stored.error());
            }
            Settings after;
            after.removeLegacySecret(settingsKey);
            after.sync();
            qCInfo(lcSettings) << "moved" << settingsKey << "out of the settings file";
            migrateNext(state);
        });
        return;
    }
    settings.setVersion(1);
    settings.sync();
    finish<void>(*state->promise, {});
}

} // namespace souffleur
