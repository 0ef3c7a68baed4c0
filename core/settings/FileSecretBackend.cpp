// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/FileSecretBackend.h"

#include "common/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace souffleur {

FileSecretBackend::FileSecretBackend(QString path, QObject *parent) : QObject(parent), m_path(std::move(path)) {}

QString FileSecretBackend::location() const
{
    return m_path;
}

QJsonObject FileSecretBackend::load(QString *problem) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        *problem = tr("%1 is not a token file (%2).").arg(m_path, error.errorString());
        return {};
    }
    return doc.object();
}

SecretBackend::Answer FileSecretBackend::save(const QJsonObject &entries) const
{
    auto made = privatefiles::makeDir(QFileInfo(m_path).absolutePath());
    if (made)
        made = privatefiles::restrict(QFileInfo(m_path).absolutePath());
    if (made)
        made = privatefiles::write(m_path, QJsonDocument(entries).toJson());
    if (!made)
        return {Status::Failed, {}, made.error().message};
    return {};
}

void FileSecretBackend::answerLater(Done done, Answer answer)
{
    QTimer::singleShot(0, this, [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

void FileSecretBackend::read(const QString &key, Done done)
{
    QString problem;
    const QJsonObject entries = load(&problem);
    if (!problem.isEmpty())
        return answerLater(std::move(done), {Status::Failed, {}, problem});
    if (!entries.contains(key))
        return answerLater(std::move(done), {Status::NotFound, {}, {}});
    answerLater(std::move(done), {Status::Ok, entries.value(key).toString(), {}});
}

void FileSecretBackend::write(const QString &key, const QString &value, Done done)
{
    QString problem;
    QJsonObject entries = load(&problem);
    if (!problem.isEmpty())
        return answerLater(std::move(done), {Status::Failed, {}, problem});
    entries.insert(key, value);
    answerLater(std::move(done), save(entries));
}

void FileSecretBackend::remove(const QString &key, Done done)
{
    QString problem;
    QJsonObject entries = load(&problem);
    if (!problem.isEmpty())
        return answerLater(std::move(done), {Status::Failed, {}, problem});
    if (!entries.contains(key))
        return answerLater(std::move(done), {Status::NotFound, {}, {}});
    entries.remove(key);
    answerLater(std::move(done), save(entries));
}

} // namespace souffleur
