// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncStatusWidget.h"

#include "sync/SyncScheduler.h"
#include "style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace souffleur {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent), m_versionLabel(new QLabel(this)), m_pendingLabel(new QLabel(this)), m_link(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_versionLabel->setObjectName(QStringLiteral("statusContentVersion"));
    m_pendingLabel->setObjectName(QStringLiteral("statusPending"));
    m_link->setObjectName(QStringLiteral("statusLink"));
    m_link->setAutoRaise(true);
    connect(m_link, &QToolButton::clicked, this, &SyncStatusWidget::settingsRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_link);
    refresh();
}

void SyncStatusWidget::setScheduler(sync::SyncScheduler *scheduler)
{
    m_scheduler = scheduler;
    connect(scheduler, &sync::SyncScheduler::stateChanged, this, [this] {
        if (m_scheduler && m_scheduler->pendingUploads() >= 0 && !m_scheduler->isRunning())
            m_pending = m_scheduler->pendingUploads();
        refresh();
    });
    refresh();
}

void SyncStatusWidget::setContentVersion(const QString &version, const QString &details)
{
    m_version = version;
    m_versionDetails = details;
    refresh();
}

void SyncStatusWidget::setPending(int count)
{
    m_pending = count;
    refresh();
}

QString SyncStatusWidget::linkText() const
{
    return m_link->text();
}

void SyncStatusWidget::refresh()
{
    // Short: the window often sits in a 400-pixel strip beside the phone software; the tooltips say more.
    m_versionLabel->setText(m_version);
    m_versionLabel->setToolTip(m_versionDetails.isEmpty() ? QString() : tr("Knowledge version: %1").arg(m_versionDetails));
    m_pendingLabel->setText(m_pending < 0 ? QString() : tr("%n to send", nullptr, m_pending));
    m_pendingLabel->setToolTip(tr("Your suggestions, flags and votes waiting to go to the hub"));
    using sync::LinkState;
    const LinkState state = m_scheduler ? m_scheduler->state() : LinkState::NotConfigured;
    const QString last = m_scheduler && m_scheduler->lastSync().isValid()
                             ? QLocale().toString(m_scheduler->lastSync().time(), QLocale::ShortFormat)
                             : QString();
    QString text;
    Theme::Tone tone = Theme::Tone::Quiet;
    switch (state) {
    case LinkState::NotConfigured: text = tr("Local"); break;
    case LinkState::Connecting: text = tr("Connecting…"); break;
    case LinkState::Online:
        text = last.isEmpty() ? tr("Online") : tr("Online · synced %1").arg(last);
        tone = Theme::Tone::Success;
        break;
    case LinkState::Offline:
        text = last.isEmpty() ? tr("Offline") : tr("Offline · last sync %1").arg(last);
        tone = Theme::Tone::Warning;
        break;
    case LinkState::AuthRefused: text = tr("Access refused"); tone = Theme::Tone::Error; break;
    case LinkState::Failing: text = tr("Sync error"); tone = Theme::Tone::Error; break;
    }
    m_link->setText(QStringLiteral("● ") + text);
    Theme::setTextTone(m_link, tone);
    m_link->setToolTip(m_scheduler ? m_scheduler->message() : tr("Not connected to a hub."));
    m_link->setAccessibleName(text);
    m_link->setProperty("linkState", int(state));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace souffleur
