// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A keychain for the tests: entries in memory, answering asynchronously like QtKeychain, and able to play a machine
// without a keychain service (Unavailable) or a keychain that refuses (Failed).

#include "settings/SecretBackend.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace souffleur::test {

class FakeKeychain final : public QObject, public SecretBackend
{
    Q_DISABLE_COPY_MOVE(FakeKeychain)
public:
    enum class Mode { Working, Unavailable, Refusing };
    explicit FakeKeychain(Mode mode = Mode::Working) : m_mode(mode) {}
    void setMode(Mode mode) { m_mode = mode; }

    QHash<QString, QString> entries;
    int calls = 0;

    QString location() const override { return QStringLiteral("fake keychain"); }
    void read(const QString &key, Done done) override
    {
        answer(std::move(done), [this, key]() -> Answer {
            if (!entries.contains(key))
                return {Status::NotFound, {}, {}};
            return {Status::Ok, entries.value(key), {}};
        });
    }
    void write(const QString &key, const QString &value, Done done) override
    {
        answer(std::move(done), [this, key, value]() -> Answer {
            entries.insert(key, value);
            return {};
        });
    }
    void remove(const QString &key, Done done) override
    {
        answer(std::move(done), [this, key]() -> Answer {
            return entries.remove(key) ? Answer{} : Answer{Status::NotFound, {}, {}};
        });
    }

private:
    template <typename F>
    void answer(Done done, F work)
    {
        ++calls;
        QTimer::singleShot(0, this, [this, done = std::move(done), work = std::move(work)] {
            if (m_mode == Mode::Unavailable)
                return done({Status::Unavailable, {}, QStringLiteral("no secret service on the bus")});
            if (m_mode == Mode::Refusing)
                return done({Status::Failed, {}, QStringLiteral("access denied")});
            done(work());
        });
    }

    Mode m_mode;
};

} // namespace souffleur::test
