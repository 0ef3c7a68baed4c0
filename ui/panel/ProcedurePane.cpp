// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel/ProcedurePane.h"

#include "feedback/FeedbackBar.h"
#include "panel/ProcessMapView.h"
#include "style/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace souffleur {

ProcedurePane::ProcedurePane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_views(new QStackedWidget(this)), m_checklist(new QTextBrowser(this)),
      m_map(new ProcessMapView(this)), m_card(new QFrame(this)), m_cardText(new QLabel(m_card)), m_actions(new QWidget(m_card)),
      m_actionsLayout(new QVBoxLayout(m_actions)), m_back(new QPushButton(this)), m_restart(new QPushButton(this)),
      m_copy(new QPushButton(this)), m_toggleMap(new QPushButton(this)), m_feedback(new FeedbackBar(this))
{
    setObjectName(QStringLiteral("procedurePane"));
    setFocusPolicy(Qt::StrongFocus);
    m_title->setObjectName(QStringLiteral("procedureTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_checklist->setObjectName(QStringLiteral("procedureChecklist"));
    m_checklist->setFocusPolicy(Qt::NoFocus);
    m_views->addWidget(m_checklist);
    m_views->addWidget(m_map);

    m_card->setObjectName(QStringLiteral("currentStepCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_cardText->setObjectName(QStringLiteral("currentStepText"));
    m_cardText->setWordWrap(true);
    m_cardText->setTextFormat(Qt::RichText);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_cardText);
    cardLayout->addWidget(m_actions);

    m_back->setObjectName(QStringLiteral("procedureBack"));
    m_restart->setObjectName(QStringLiteral("procedureRestart"));
    m_copy->setObjectName(QStringLiteral("procedureCopyPath"));
    m_toggleMap->setObjectName(QStringLiteral("procedureToggleMap"));
    m_toggleMap->setCheckable(true);
    connect(m_back, &QPushButton::clicked, this, &ProcedurePane::goBack);
    connect(m_restart, &QPushButton::clicked, this, &ProcedurePane::restart);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString text = pathText();
        QApplication::clipboard()->setText(text);
        emit pathCopied(text);
    });
    connect(m_toggleMap, &QPushButton::toggled, this, [this](bool on) { m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_map) : m_checklist); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_toggleMap);

    auto *layout = new QVBoxLayout(this);
    const int margin = Theme::em(this, 0.3);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_title);
    layout->addWidget(m_card);
    layout->addWidget(m_views, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    retranslate();
    clear(QString());
}

void ProcedurePane::setProcedure(const Item &item)
{
    m_item = item;
    m_walk.emplace(item.content.steps);
    m_title->setText(item.content.title);
    m_map->setProcedure(item.content.steps);
    m_feedback->setItem(item);
    refresh();
}

void ProcedurePane::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

void ProcedurePane::clear(const QString &message)
{
    m_item.reset();
    m_walk.reset();
    m_title->clear();
    m_message = message;
    m_checklist->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(Theme::css(Theme::muted(palette())), message.toHtmlEscaped()));
    m_map->setProcedure({});
    m_feedback->clearItem();
    m_card->hide();
    for (QPushButton *b : {m_back, m_restart, m_copy, m_toggleMap})
        b->setEnabled(false);
}

bool ProcedurePane::markDone()
{
    if (!m_walk || !m_walk->advance())
        return false;
    refresh();
    return true;
}

bool ProcedurePane::chooseAnswer(int index)
{
    if (!m_walk || !m_walk->answer(index))
        return false;
    refresh();
    return true;
}

bool ProcedurePane::goBack()
{
    if (!m_walk || !m_walk->back())
        return false;
    refresh();
    return true;
}

void ProcedurePane::restart()
{
    if (!m_walk)
        return;
    m_walk->restart();
    refresh();
}

QString ProcedurePane::pathText() const
{
    if (!m_walk || !m_item)
        return {};
    return m_item->content.title + QLatin1Char('\n') + m_walk->pathText();
}

void ProcedurePane::refresh()
{
    render();
    const Step *current = m_walk ? m_walk->current() : nullptr;
    if (current && current->type == StepType::Escalation)
        emit escalationReached(current->escalateTo);
}

void ProcedurePane::render()
{
    if (!m_walk)
        return;
    for (QPushButton *b : {m_restart, m_copy, m_toggleMap})
        b->setEnabled(true);
    m_back->setEnabled(m_walk->path().size() > 1);

    // Checklist: visited steps ticked (with the answer given), the current one highlighted, the rest plain.
    QStringList visited;
    for (const ProcedureWalk::Visit &v : m_walk->path())
        visited << v.stepId;
    const Step *current = m_walk->current();
    // Colours from the palette, sizes from the font: the HTML is made again when either changes.
    const QPalette &p = palette();
    const QString currentStyle = QStringLiteral("background-color:%1; color:%2; font-weight:bold;")
                                     .arg(Theme::css(Theme::tint(p, Theme::Tone::Current)), Theme::css(p.color(QPalette::Text)));
    const QString doneStyle = QStringLiteral("color:%1;").arg(Theme::css(Theme::muted(p)));
    const QString aheadStyle = QStringLiteral("color:%1;").arg(Theme::css(Theme::faint(p)));
    const QString numberWidth = QString::number(Theme::em(m_checklist, 3.4));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"%1\" width=\"100%\">").arg(Theme::em(m_checklist, 0.3));
    for (const Step &s : m_walk->steps()) {
        const int n = m_walk->stepNumber(s.id);
        QString mark = QString::number(n);
        QString style;
        QString extra;
        if (current && s.id == current->id) {
            mark = QStringLiteral("&#x25B6; %1").arg(n);
            style = currentStyle;
        } else if (visited.contains(s.id)) {
            mark = QStringLiteral("&#x2714; %1").arg(n);
            style = doneStyle;
            for (const ProcedureWalk::Visit &v : m_walk->path())
                if (v.stepId == s.id && !v.answer.isEmpty())
                    extra = QStringLiteral(" &#x2192; <i>%1</i>").arg(v.answer.toHtmlEscaped());
        } else {
            style = aheadStyle;
        }
        html += QStringLiteral("<tr><td width=\"%1\" valign=\"top\" style=\"%2\">%3</td><td style=\"%2\">%4%5</td></tr>")
                    .arg(numberWidth, style, mark, s.text.toHtmlEscaped(), extra);
    }
    html += QStringLiteral("</table>");
    m_checklist->setHtml(html);
    m_map->setProgress(current ? current->id : QString(), visited);

    // The current step's card and its buttons.
    while (QLayoutItem *child = m_actionsLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    m_card->setVisible(current != nullptr);
    if (!current)
        return;
    QString text = QStringLiteral("<b>%1.</b> %2").arg(m_walk->stepNumber(current->id)).arg(current->text.toHtmlEscaped());
    switch (current->type) {
    case StepType::Action: {
        Theme::setNoticeTone(m_card, Theme::Tone::Current, false);
        auto *done = new QPushButton(tr("Done — next step (Enter)"), m_actions);
        done->setObjectName(QStringLiteral("stepDone"));
        done->setAccessibleName(tr("Done, next step"));
        done->setEnabled(!m_walk->finished());
        connect(done, &QPushButton::clicked, this, &ProcedurePane::markDone);
        m_actionsLayout->addWidget(done);
        if (m_walk->finished())
            text += QStringLiteral("<br><i>%1</i>").arg(tr("End of the procedure.").toHtmlEscaped());
        break;
    }
    case StepType::Question:
        Theme::setNoticeTone(m_card, Theme::Tone::Warning, false);
        for (qsizetype i = 0; i < current->answers.size(); ++i) {
            auto *b = new QPushButton(QStringLiteral("%1 · %2").arg(i + 1).arg(current->answers.at(i).label), m_actions);
            b->setObjectName(QStringLiteral("answer-%1").arg(i));
            b->setAccessibleName(tr("Answer: %1").arg(current->answers.at(i).label));
            connect(b, &QPushButton::clicked, this, [this, i] { chooseAnswer(int(i)); });
            m_actionsLayout->addWidget(b);
        }
        break;
    case StepType::Resolution:
        Theme::setNoticeTone(m_card, Theme::Tone::Success, false);
        text = QStringLiteral("<b>&#x2714; %1</b><br>%2").arg(tr("Resolved").toHtmlEscaped(), current->text.toHtmlEscaped());
        break;
    case StepType::Escalation: {
        Theme::setNoticeTone(m_card, Theme::Tone::Error, false);
        text = QStringLiteral("<b>&#x26A0; %1</b><br>%2").arg(tr("Escalate to %1").arg(current->escalateTo).toHtmlEscaped(),
                                                              current->text.toHtmlEscaped());
        if (!current->collect.isEmpty()) {
            text += QStringLiteral("<br><b>%1</b><ul style=\"margin-top:0.15em;\">").arg(tr("Collect first:").toHtmlEscaped());
            for (const QString &c : current->collect)
                text += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
        break;
    }
    }
    m_cardText->setText(text);
}

void ProcedurePane::keyPressEvent(QKeyEvent *event)
{
    if (m_walk) {
        const int key = event->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && markDone())
            return;
        if (key >= Qt::Key_1 && key <= Qt::Key_9 && chooseAnswer(key - Qt::Key_1))
            return;
        if (key == Qt::Key_Backspace && goBack())
            return;
    }
    QWidget::keyPressEvent(event);
}

void ProcedurePane::retranslate()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Undo the last step (Backspace)"));
    m_restart->setText(tr("Restart"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the steps taken, for the ticket notes"));
    m_toggleMap->setText(tr("Map"));
    m_toggleMap->setToolTip(tr("Show the procedure as a process map"));
    m_checklist->setAccessibleName(tr("Procedure steps"));
    m_map->setAccessibleName(tr("Process map"));
    m_back->setAccessibleName(tr("Undo the last step"));
    m_restart->setAccessibleName(tr("Restart the procedure"));
    m_restart->setToolTip(tr("Start the procedure again from its first step"));
    m_copy->setAccessibleName(tr("Copy the steps taken"));
    m_toggleMap->setAccessibleName(tr("Show the process map"));
    m_title->setAccessibleName(tr("Procedure"));
    // The pane itself takes the keyboard (Enter, 1–9, Backspace): it needs a name of its own.
    setAccessibleName(tr("Guided procedure"));
    m_card->setAccessibleName(tr("Current step"));
    m_cardText->setAccessibleName(tr("Current step"));
    refresh();
}

void ProcedurePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        // The checklist's HTML carries colours and sizes of the palette and font it was made with.
        if (m_walk)
            render();
        else
            clear(m_message);
    }
    QWidget::changeEvent(event);
}

} // namespace souffleur
