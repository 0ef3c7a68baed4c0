// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretBackend.h"

#include <QJsonObject>
#include <QObject>

namespace souffleur {

// The fallback where no keychain service runs (a bare CI machine, a kiosk session): a small JSON file readable by
// the user only (0600 in a 0700 folder), like ~/.ssh. Not encrypted: whoever can read the user's files can read
// it, as with any password store without a keychain. Answers asynchronously like a keychain.
class FileSecretBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretBackend)
public:
    // `path`: the file, in a folder made 0700 on first write.
    explicit FileSecretBackend(QString path, QObject *parent = nullptr);

    QString location() const override;
    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    // The file's entries; a missing file is empty.
    QJsonObject load(QString *problem) const;
    Answer save(const QJsonObject &entries) const;
    void answerLater(Done done, Answer answer);

    QString m_path;
};

} // namespace souffleur
