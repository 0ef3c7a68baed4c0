// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/BundleWriter.h"

#include "content/ContentJson.h"

#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>

namespace souffleur {

QByteArray BundleWriter::toBytes(const KnowledgeBase &kb)
{
    return QJsonDocument(json::fromKnowledgeBase(kb)).toJson(QJsonDocument::Indented);
}

Result<void> BundleWriter::writeFile(const KnowledgeBase &kb, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(toBytes(kb));
    if (!file.commit())
        return makeError(QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace souffleur
