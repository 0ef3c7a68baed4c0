// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace souffleur {

namespace sync {
class SyncScheduler;
}

// The status bar's account of the knowledge and the link with the hub: the local content version, how many of
// the agent's records wait to be sent, and online / offline with the last synchronisation (its tooltip says what
// the state means for the agent). Clicking the link state opens the hub settings.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setScheduler(sync::SyncScheduler *scheduler);
    // `version`: the hub checkpoint ("#1234") or a short content hash when the store was never synchronised.
    void setContentVersion(const QString &version, const QString &details);
    void setPending(int count);
    int pending() const { return m_pending; }
    QString linkText() const;

signals:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<sync::SyncScheduler> m_scheduler;
    QString m_version;
    QString m_versionDetails;
    int m_pending = -1;
    QLabel *m_versionLabel;
    QLabel *m_pendingLabel;
    QToolButton *m_link;
};

} // namespace souffleur
