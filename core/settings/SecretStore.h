// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "settings/SecretBackend.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace souffleur {

struct LegacyMigration;

// The desktop's tokens (the hub's access token, the hand-off endpoint's token), kept in the OS keychain, never in
// the clear-text settings file. Where no keychain service runs it says so once (a log line, fallbackEngaged(), a
// notice the UI shows once per installation) and keeps them in a private file instead (FileSecretBackend).
// Everything is asynchronous (keychains answer over D-Bus and may prompt): the UI thread never waits; results
// come back on the thread that owns this object.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    enum class Secret { HubToken, HandoffToken };

    SecretStore(std::unique_ptr<SecretBackend> keychain, std::unique_ptr<SecretBackend> fallback, QObject *parent = nullptr);
    ~SecretStore() override;

    // The app's store: the one set with setInstance(), else (created on first use, owned by the application) the
    // OS keychain with the file `tokens.json` beside the settings file as fallback.
    static SecretStore *instance();
    // Tests install a store with a fake keychain; nullptr goes back to the default.
    static void setInstance(SecretStore *store);

    // The secret, or an empty string when none is kept.
    QFuture<Result<QString>> read(Secret secret);
    // The secret; when none is kept (or it is shorter than `minLength`), a new one from `generate`, kept.
    QFuture<Result<QString>> readOrCreate(Secret secret, qsizetype minLength, std::function<QString()> generate);
    // Keeps `value`; an empty value removes the secret.
    QFuture<Result<void>> write(Secret secret, const QString &value);
    // Settings version 0 -> 1: moves the tokens that older versions kept in clear in the settings file into this
    // store, and removes them from the file only once they are stored. Nothing to do on a version 1 file. On
    // failure the file keeps them (nothing is lost) and the next start tries again.
    QFuture<Result<void>> migrateLegacy();

    // Whether this store had to fall back to the file (known after the first keychain answer).
    bool usingFallback() const { return m_usingFallback; }
    QString fallbackPath() const;
    // The one-time notice about the fallback, in words for the agent; empty once given (then or on an earlier
    // start) or when the keychain works. Marks it given.
    QString takeFallbackNotice();
    // Where the token is kept, for the hub connection dialog.
    QString whereKept() const;

signals:
    // The keychain is not there: from now on this store uses the file. Emitted once.
    void fallbackEngaged();

private:
    using Done = SecretBackend::Done;
    void readAnswer(const QString &key, Done done);
    void writeAnswer(const QString &key, const QString &value, Done done);
    void removeAnswer(const QString &key, Done done);
    void engageFallback(const QString &why);
    void migrateNext(std::shared_ptr<LegacyMigration> state);

    std::unique_ptr<SecretBackend> m_keychain;
    std::unique_ptr<SecretBackend> m_fallback;
    bool m_usingFallback = false;
};

} // namespace souffleur
