// SPDX-License-Identifier: GPL-3.0-or-later
#include "status/LongWorkIndicator.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace souffleur {

LongWorkIndicator::LongWorkIndicator(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("longWork"));
    m_label->setObjectName(QStringLiteral("longWorkLabel"));
    m_progress->setObjectName(QStringLiteral("longWorkProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(m_progress->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_cancel->setObjectName(QStringLiteral("longWorkCancel"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_job.cancel(); });
    retranslate();
    hide();
}

LongWorkIndicator::~LongWorkIndicator() = default;

void LongWorkIndicator::track(const QString &what, QFuture<void> job)
{
    m_job = job;
    const quint64 generation = ++m_generation;
    m_label->setText(what);
    m_progress->setRange(0, 0);  // busy until the job says how far it is
    show();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, generation](int minimum, int maximum) {
        if (generation == m_generation)
            m_progress->setRange(minimum, maximum);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation)
            m_progress->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            hide();
    });
    watcher->setFuture(job);
}

void LongWorkIndicator::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this work; nothing of it is kept"));
    m_cancel->setAccessibleName(tr("Cancel the running work"));
    m_progress->setAccessibleName(tr("Progress"));
}

void LongWorkIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace souffleur
