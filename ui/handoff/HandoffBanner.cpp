// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff/HandoffBanner.h"

#include "style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>

namespace souffleur {

HandoffBanner::HandoffBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_restore(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("handoffBanner"));
    m_text->setObjectName(QStringLiteral("handoffMessage"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("handoffRestore"));
    m_close->setObjectName(QStringLiteral("handoffClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setFlat(true);
    m_close->setFixedWidth(m_close->fontMetrics().horizontalAdvance(QStringLiteral("××")) + Theme::em(m_close, 0.6));
    // The banner must never take the keyboard from the notes: it is reached with the mouse or its shortcut.
    m_restore->setFocusPolicy(Qt::NoFocus);
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_restore, &QPushButton::clicked, this, &HandoffBanner::restoreRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::em(this, 0.5), Theme::em(this, 0.25), Theme::em(this, 0.25), Theme::em(this, 0.25));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore);
    layout->addWidget(m_close);
    setFrameShape(QFrame::StyledPanel);
    retranslate();
    hide();
}

void HandoffBanner::showReceived(bool canRestore)
{
    show(tr("%1 — ticket handed over by the phone software.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))),
         false, canRestore);
}

void HandoffBanner::showRefused(const QString &message)
{
    show(message + QLatin1Char(' ') + tr("Your current ticket is unchanged."), true, false);
}

void HandoffBanner::showRestored(bool canSwapBack)
{
    show(tr("Previous ticket restored."), false, canSwapBack);
}

void HandoffBanner::showProblem(const QString &message)
{
    show(message, true, false);
}

QString HandoffBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void HandoffBanner::show(const QString &message, bool error, bool restore)
{
    m_error = error;
    m_text->setText(message);
    m_restore->setVisible(restore);
    Theme::setNoticeTone(this, error ? Theme::Tone::Error : Theme::Tone::Info);
    setVisible(true);
}

void HandoffBanner::retranslate()
{
    m_restore->setText(tr("Previous ticket"));
    m_restore->setToolTip(tr("Bring back the ticket this one replaced (Ctrl+Shift+P)"));
    m_restore->setAccessibleName(tr("Restore the previous ticket"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the notice"));
    m_text->setAccessibleName(tr("Hand-off notice"));
    setAccessibleName(tr("Hand-off notice"));
}

void HandoffBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace souffleur
