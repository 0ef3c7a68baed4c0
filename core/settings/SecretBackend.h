// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace souffleur {

// Where SecretStore keeps a secret: the OS keychain (KeychainBackend), a private file (FileSecretBackend), or a
// test's fake. Asynchronous because keychains are (a D-Bus round trip, maybe a prompt): each call answers once,
// later, on the calling thread, through `done`.
class SecretBackend
{
public:
    enum class Status {
        Ok,
        NotFound,     // read or remove: no such entry
        Unavailable,  // no keychain service here (no D-Bus, no secret service): SecretStore falls back to the file
        Failed,       // the backend works but refused (access denied...): reported, no fallback
    };
    struct Answer
    {
        Status status = Status::Ok;
        QString value;    // read: the secret
        QString message;  // otherwise: the backend's own words
    };
    using Done = std::function<void(const Answer &)>;

    virtual ~SecretBackend() = default;
    // Where the secrets are, for logs and notices: "the system keychain", a file path.
    virtual QString location() const = 0;
    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &value, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

} // namespace souffleur
