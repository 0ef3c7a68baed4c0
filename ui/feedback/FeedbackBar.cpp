// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackBar.h"

#include "feedback/FeedbackController.h"
#include "style/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace souffleur {

namespace {
const FlagReason kReasons[] = {FlagReason::Outdated, FlagReason::Wrong, FlagReason::Unclear};
}

FeedbackBar::FeedbackBar(QWidget *parent)
    : QWidget(parent), m_changed(new QLabel(this)), m_status(new QLabel(this)), m_suggest(new QToolButton(this)),
      m_flag(new QToolButton(this)), m_helpfulLabel(new QLabel(this)), m_yes(new QToolButton(this)), m_no(new QToolButton(this)),
      m_flagRow(new QWidget(this)), m_flagReason(new QComboBox(m_flagRow)), m_flagComment(new QLineEdit(m_flagRow)),
      m_flagSend(new QPushButton(m_flagRow)), m_flagCancel(new QPushButton(m_flagRow)), m_confirm(new QLabel(this)),
      m_confirmTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("feedbackBar"));
    m_changed->setObjectName(QStringLiteral("changedBadge"));
    m_changed->setWordWrap(true);
    Theme::setNoticeTone(m_changed, Theme::Tone::Warning);
    m_status->setObjectName(QStringLiteral("suggestionStatus"));
    m_status->setWordWrap(true);
    Theme::setNoticeTone(m_status, Theme::Tone::Info);
    for (QLabel *badge : {m_changed, m_status})
        badge->setContentsMargins(Theme::em(this, 0.5), Theme::em(this, 0.15), Theme::em(this, 0.5), Theme::em(this, 0.15));
    m_confirm->setObjectName(QStringLiteral("feedbackConfirmation"));
    m_confirm->setWordWrap(true);
    Theme::setTextTone(m_confirm, Theme::Tone::Success);
    m_suggest->setObjectName(QStringLiteral("suggestEdit"));
    m_flag->setObjectName(QStringLiteral("flagItem"));
    m_flag->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_flag);
    m_flag->setMenu(menu);
    for (FlagReason r : kReasons) {
        QAction *a = menu->addAction(QString());
        a->setObjectName(QStringLiteral("flag-") + flagReasonToString(r));
        connect(a, &QAction::triggered, this, [this, r] { openFlag(r); });
    }
    m_yes->setObjectName(QStringLiteral("helpfulYes"));
    m_no->setObjectName(QStringLiteral("helpfulNo"));
    for (QToolButton *b : {m_yes, m_no})
        b->setCheckable(true);
    connect(m_suggest, &QToolButton::clicked, this, &FeedbackBar::requestSuggestion);
    connect(m_yes, &QToolButton::clicked, this, [this] { rateHelpful(true); });
    connect(m_no, &QToolButton::clicked, this, [this] { rateHelpful(false); });

    m_flagReason->setObjectName(QStringLiteral("flagReason"));
    m_flagComment->setObjectName(QStringLiteral("flagComment"));
    m_flagSend->setObjectName(QStringLiteral("flagSend"));
    m_flagCancel->setObjectName(QStringLiteral("flagCancel"));
    connect(m_flagSend, &QPushButton::clicked, this, &FeedbackBar::sendFlag);
    connect(m_flagComment, &QLineEdit::returnPressed, this, &FeedbackBar::sendFlag);
    connect(m_flagCancel, &QPushButton::clicked, m_flagRow, &QWidget::hide);
    auto *flagLayout = new QHBoxLayout(m_flagRow);
    flagLayout->setContentsMargins(0, 0, 0, 0);
    flagLayout->addWidget(m_flagReason);
    flagLayout->addWidget(m_flagComment, 1);
    flagLayout->addWidget(m_flagSend);
    flagLayout->addWidget(m_flagCancel);
    m_flagRow->hide();

    m_confirmTimer->setSingleShot(true);
    m_confirmTimer->setInterval(8000);
    connect(m_confirmTimer, &QTimer::timeout, m_confirm, &QWidget::hide);

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_suggest);
    actions->addWidget(m_flag);
    actions->addStretch(1);
    actions->addWidget(m_helpfulLabel);
    actions->addWidget(m_yes);
    actions->addWidget(m_no);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::em(this, 0.15), 0, Theme::em(this, 0.15));
    layout->setSpacing(Theme::em(this, 0.15));
    layout->addWidget(m_changed);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_flagRow);
    layout->addWidget(m_confirm);
    retranslate();
    clearItem();
}

void FeedbackBar::setController(FeedbackController *controller)
{
    m_controller = controller;
    announce();
}

void FeedbackBar::setItem(const Item &item)
{
    if (m_item && m_item->id == item.id && m_item->version == item.version) {
        m_item = item;
        return;
    }
    m_item = item;
    m_state.reset();
    m_change.reset();
    m_flagRow->hide();
    m_confirm->hide();
    setEnabled(true);
    m_announced = false;
    refreshState();
    announce();
}

void FeedbackBar::announce()
{
    if (m_announced || !m_controller || !m_item || !m_active || !isVisible())
        return;
    m_announced = true;
    m_controller->itemShown(this, *m_item);
}

void FeedbackBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    announce();
}

void FeedbackBar::clearItem()
{
    m_item.reset();
    m_state.reset();
    m_change.reset();
    m_flagRow->hide();
    setEnabled(false);
    refreshState();
}

void FeedbackBar::setActive(bool active)
{
    m_active = active;
    setVisible(active);
}

void FeedbackBar::showState(const ItemFeedbackState &state, quint64 readSequence)
{
    if (readSequence < m_stateSequence)
        return;
    m_stateSequence = readSequence;
    m_state = state;
    refreshState();
}

void FeedbackBar::showChange(const std::optional<ItemChange> &change)
{
    m_change = change;
    refreshState();
}

void FeedbackBar::showConfirmation(const QString &text)
{
    m_confirm->setText(text);
    m_confirm->show();
    m_confirmTimer->start();
}

void FeedbackBar::requestSuggestion()
{
    if (m_controller && m_item)
        m_controller->suggestEdit(this);
}

void FeedbackBar::openFlag(FlagReason reason)
{
    if (!m_item)
        return;
    m_flagReason->setCurrentIndex(m_flagReason->findData(flagReasonToString(reason)));
    m_flagComment->clear();
    m_flagRow->show();
    m_flagComment->setFocus();
}

void FeedbackBar::sendFlag()
{
    if (!m_controller || !m_item)
        return;
    FlagReason reason = FlagReason::Outdated;
    flagReasonFromString(m_flagReason->currentData().toString(), &reason);
    m_controller->flag(this, reason, m_flagComment->text());
    m_flagRow->hide();
}

void FeedbackBar::rateHelpful(bool helpful)
{
    if (!m_controller || !m_item)
        return;
    m_controller->rateHelpful(this, helpful);
}

QString FeedbackBar::changeSummary(const ItemChange &c)
{
    QString text = tr("Changed since you last opened it: version %1 → %2").arg(c.seenVersion).arg(c.currentVersion);
    if (!c.detailsKnown)
        return text + QLatin1Char('.');
    QStringList parts;
    for (const QString &f : c.fields) {
        if (f == u"title")
            parts << tr("title");
        else if (f == u"summary")
            parts << tr("summary");
        else if (f == u"subject")
            parts << tr("subject");
        else if (f == u"body")
            parts << tr("text");
        else if (f == u"tone")
            parts << tr("tone");
    }
    if (!c.changedSteps.isEmpty()) {
        QStringList numbers;
        for (int n : c.changedSteps)
            numbers << QString::number(n);
        parts << tr("step(s) %1", nullptr, int(c.changedSteps.size())).arg(numbers.join(QStringLiteral(", ")));
    }
    if (c.addedSteps > 0)
        parts << tr("%n step(s) added", nullptr, c.addedSteps);
    if (c.removedSteps > 0)
        parts << tr("%n step(s) removed", nullptr, c.removedSteps);
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    return text + QLatin1Char('.');
}

void FeedbackBar::refreshState()
{
    m_changed->setVisible(m_change.has_value());
    if (m_change) {
        m_changed->setText(changeSummary(*m_change));
        m_changed->setToolTip(m_change->notes.join(QLatin1Char('\n')));
    }
    const bool pending = m_state && m_state->suggestionPending;
    const QString outcome = m_state ? m_state->suggestionOutcome : QString();
    m_status->setVisible(pending || !outcome.isEmpty());
    m_status->setToolTip({});
    if (pending) {
        m_status->setText(tr("Edit suggested — awaiting review"));
    } else if (!outcome.isEmpty()) {
        // The lead's note says why (or what they changed); it is the part the agent wants to read.
        const QString note = m_state->outcomeNote;
        if (outcome == u"accepted")
            m_status->setText(note.isEmpty() ? tr("Your suggested edit was accepted") : tr("Your suggested edit was accepted: %1").arg(note));
        else
            m_status->setText(note.isEmpty() ? tr("Your suggested edit was declined") : tr("Your suggested edit was declined: %1").arg(note));
        m_status->setToolTip(note);
    }
    m_yes->setChecked(m_state && m_state->helpful == true);
    m_no->setChecked(m_state && m_state->helpful == false);
    m_flag->setText(m_state && m_state->flag ? tr("Flagged") : tr("Flag"));
}

void FeedbackBar::retranslate()
{
    m_suggest->setText(tr("Suggest edit"));
    m_suggest->setToolTip(tr("Propose a correction; a team lead reviews it"));
    m_flag->setToolTip(tr("Report this as outdated, wrong or unclear"));
    const QList<QAction *> actions = m_flag->menu()->actions();
    const QStringList labels{tr("Outdated"), tr("Wrong"), tr("Unclear")};
    for (int i = 0; i < actions.size() && i < labels.size(); ++i)
        actions[i]->setText(labels.at(i));
    const int current = m_flagReason->currentIndex();
    m_flagReason->clear();
    for (int i = 0; i < 3; ++i)
        m_flagReason->addItem(labels.at(i), flagReasonToString(kReasons[i]));
    m_flagReason->setCurrentIndex(std::max(0, current));
    m_flagComment->setPlaceholderText(tr("Comment (optional)"));
    m_flagSend->setText(tr("Send flag"));
    m_flagCancel->setText(tr("Cancel"));
    m_helpfulLabel->setText(tr("Helpful?"));
    m_yes->setText(tr("Yes"));
    m_no->setText(tr("No"));
    m_suggest->setAccessibleName(tr("Suggest an edit of this item"));
    m_flag->setAccessibleName(tr("Flag this item"));
    m_flagReason->setAccessibleName(tr("Why flag it"));
    m_flagComment->setAccessibleName(tr("Flag comment"));
    m_flagSend->setAccessibleName(tr("Send flag"));
    m_flagCancel->setAccessibleName(tr("Cancel the flag"));
    m_yes->setAccessibleName(tr("This was helpful"));
    m_no->setAccessibleName(tr("This was not helpful"));
    refreshState();
}

void FeedbackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace souffleur
