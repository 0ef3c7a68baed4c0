// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QToolButton;

namespace souffleur {

class SecretStore;

// Where this desktop synchronises from: the hub's address (Settings, sync/hubUrl) and the agent's token
// (SecretStore: the OS keychain, else a file readable by the user only). The token is shown masked, with a Show
// toggle. Bad input is refused inline, nothing saved. The keychain answers asynchronously: the token field fills
// in when it has answered, and Save closes the dialog once the token is stored.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsDialog)
public:
    // `secrets`: where the token is kept; nullptr: SecretStore::instance().
    explicit SyncSettingsDialog(QWidget *parent = nullptr, SecretStore *secrets = nullptr);

    QString hubUrl() const;
    QString token() const;
    // Whether the stored token has been read into the field (Save waits for it).
    bool isLoaded() const { return m_loaded; }
    // Checks and starts saving; returns false (and says why) on bad input. saved() follows once the token is
    // stored, or the problem is shown.
    bool save();

signals:
    // The address and the token are stored: the caller reconnects.
    void saved();

private:
    void showProblem(const QString &text);

    SecretStore *m_secrets;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QToolButton *m_showToken;
    QLabel *m_where;
    QLabel *m_problem;
    bool m_loaded = false;
    bool m_edited = false;
};

} // namespace souffleur
