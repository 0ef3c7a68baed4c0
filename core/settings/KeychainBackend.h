// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretBackend.h"

#include <QObject>

namespace souffleur {

// Secrets in the operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
// Linux, the Keychain on macOS, the Credential Manager on Windows. Every call is a QtKeychain job: it never
// blocks the calling thread.
class KeychainBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainBackend)
public:
    explicit KeychainBackend(QString service, QObject *parent = nullptr);

    QString location() const override;
    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace souffleur
