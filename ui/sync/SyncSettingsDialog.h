// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace souffleur {

// Where this desktop synchronises from: the hub's address and the agent's token, kept in QSettings (sync/hubUrl,
// sync/token). The token sits in the user's settings file in clear, readable by that user only on a normal
// desktop; a system keyring would be better and is not used yet. Bad input is refused inline, nothing saved.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsDialog)
public:
    explicit SyncSettingsDialog(QWidget *parent = nullptr);

    QString hubUrl() const;
    QString token() const;
    // Checks and saves; returns false (and says why) on bad input.
    bool save();

private:
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_problem;
};

} // namespace souffleur
