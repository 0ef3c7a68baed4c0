// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle/BundleImporter.h"
#include "common/Result.h"

#include <QFuture>
#include <QObject>

namespace souffleur {

class LongWork;

// Imports and exports knowledge bundle files: long work, run on the LongWork thread so that the side panel keeps
// classifying meanwhile. Each job reports progress and can be canceled through its future (QFuture::cancel()); a
// canceled import changes nothing, a canceled export writes no file.
class BundleService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleService)
public:
    explicit BundleService(LongWork &longWork, QObject *parent = nullptr);

    QFuture<Result<ImportReport>> importFile(const QString &path);
    QFuture<Result<void>> exportFile(const QString &path);

private:
    LongWork &m_longWork;
};

} // namespace souffleur
