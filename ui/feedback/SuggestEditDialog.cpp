// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/SuggestEditDialog.h"

#include "feedback/FeedbackRecorder.h"
#include "style/Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace souffleur {

namespace {

QString stepTypeLabel(StepType type)
{
    switch (type) {
    case StepType::Action: return SuggestEditDialog::tr("action");
    case StepType::Question: return SuggestEditDialog::tr("question");
    case StepType::Resolution: return SuggestEditDialog::tr("resolution");
    case StepType::Escalation: return SuggestEditDialog::tr("escalation");
    }
    return {};
}

} // namespace

SuggestEditDialog::SuggestEditDialog(const Item &item, QWidget *parent) : QDialog(parent), m_item(item)
{
    setObjectName(QStringLiteral("suggestEditDialog"));
    setWindowTitle(tr("Suggest an edit"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Edit “%1” (version %2, %3) as you think it should read. A team lead reviews your "
                                "suggestion before it reaches everyone.").arg(item.content.title).arg(item.version).arg(item.locale),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title = addLine(QStringLiteral("suggestTitle"), item.content.title);
    form->addRow(tr("Title"), m_title);
    m_summary = addLine(QStringLiteral("suggestSummary"), item.content.summary);
    form->addRow(tr("Summary"), m_summary);
    switch (item.kind) {
    case ItemKind::Reply:
        m_subject = addLine(QStringLiteral("suggestSubject"), item.content.subject);
        form->addRow(tr("Subject"), m_subject);
        m_body = addText(QStringLiteral("suggestBody"), item.content.body, 10);
        form->addRow(tr("Reply text"), m_body);
        m_tone = addLine(QStringLiteral("suggestTone"), item.content.tone);
        form->addRow(tr("Tone"), m_tone);
        break;
    case ItemKind::Article:
        m_body = addText(QStringLiteral("suggestBody"), item.content.body, 14);
        form->addRow(tr("Text (Markdown)"), m_body);
        break;
    case ItemKind::Procedure:
        for (qsizetype i = 0; i < item.content.steps.size(); ++i) {
            const Step &step = item.content.steps.at(i);
            QPlainTextEdit *text = addText(QStringLiteral("suggestStep-%1").arg(i + 1), step.text, 2);
            m_stepTexts.append(text);
            form->addRow(tr("Step %1 (%2)").arg(i + 1).arg(stepTypeLabel(step.type)), text);
            QList<QLineEdit *> answers;
            for (qsizetype a = 0; a < step.answers.size(); ++a) {
                QLineEdit *label = addLine(QStringLiteral("suggestStep-%1-answer-%2").arg(i + 1).arg(a + 1), step.answers.at(a).label);
                answers.append(label);
                form->addRow(tr("  Answer %1").arg(a + 1), label);
            }
            m_answerLabels.append(answers);
        }
        break;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto *reasonLabel = new QLabel(tr("Why? (required: what is wrong or missing, and how you know)"), this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("suggestReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(Theme::lines(m_reason, 3) + Theme::em(m_reason, 1));
    reasonLabel->setBuddy(m_reason);
    track(m_reason);
    layout->addWidget(m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("suggestProblem"));
    m_problem->setWordWrap(true);
    Theme::setTextTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttonsRow = new QHBoxLayout;
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("suggestUndo"));
    m_undo->setToolTip(tr("Undo the last change in the field being edited (Ctrl+Z)"));
    m_undo->setAutoDefault(false);
    m_redo = new QPushButton(tr("Redo"), this);
    m_redo->setObjectName(QStringLiteral("suggestRedo"));
    m_redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_redo->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, this, &SuggestEditDialog::undo);
    connect(m_redo, &QPushButton::clicked, this, &SuggestEditDialog::redo);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = box->addButton(tr("Send suggestion"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("suggestSend"));
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("suggestCancel"));
    connect(box, &QDialogButtonBox::accepted, this, &SuggestEditDialog::submit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttonsRow->addWidget(m_undo);
    buttonsRow->addWidget(m_redo);
    buttonsRow->addStretch(1);
    buttonsRow->addWidget(box);
    layout->addLayout(buttonsRow);

    // The undo buttons follow the field the agent is in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && isAncestorOf(now) && (qobject_cast<QLineEdit *>(now) || qobject_cast<QPlainTextEdit *>(now))) {
            m_lastEditor = now;
            updateUndoButtons();
        }
    });
    m_lastEditor = m_title;
    updateUndoButtons();
    resize(Theme::em(this, 46), Theme::em(this, 53));
}

QLineEdit *SuggestEditDialog::addLine(const QString &objectName, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    track(edit);
    return edit;
}

QPlainTextEdit *SuggestEditDialog::addText(const QString &objectName, const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text, this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(Theme::lines(edit, lines) + Theme::em(edit, 1));
    // The initial text is not an edit the agent can undo.
    edit->document()->clearUndoRedoStacks();
    track(edit);
    return edit;
}

void SuggestEditDialog::track(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, [this, line] {
            m_lastEditor = line;
            updateUndoButtons();
            m_problem->hide();
        });
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
            m_lastEditor = text;
            updateUndoButtons();
            m_problem->hide();
        });
}

void SuggestEditDialog::updateUndoButtons()
{
    bool canUndo = false, canRedo = false;
    if (auto *line = qobject_cast<QLineEdit *>(m_lastEditor.data())) {
        canUndo = line->isUndoAvailable();
        canRedo = line->isRedoAvailable();
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_lastEditor.data())) {
        canUndo = text->document()->isUndoAvailable();
        canRedo = text->document()->isRedoAvailable();
    }
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
}

void SuggestEditDialog::undo()
{
    if (auto *line = qobject_cast<QLineEdit *>(m_lastEditor.data()))
        line->undo();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_lastEditor.data()))
        text->undo();
    updateUndoButtons();
}

void SuggestEditDialog::redo()
{
    if (auto *line = qobject_cast<QLineEdit *>(m_lastEditor.data()))
        line->redo();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_lastEditor.data()))
        text->redo();
    updateUndoButtons();
}

ItemContent SuggestEditDialog::proposedContent() const
{
    ItemContent c = m_item.content;
    c.title = m_title->text();
    c.summary = m_summary->text();
    if (m_subject)
        c.subject = m_subject->text();
    if (m_tone)
        c.tone = m_tone->text();
    if (m_body)
        c.body = m_body->toPlainText();
    for (qsizetype i = 0; i < m_stepTexts.size() && i < c.steps.size(); ++i) {
        c.steps[i].text = m_stepTexts.at(i)->toPlainText();
        for (qsizetype a = 0; a < m_answerLabels.at(i).size() && a < c.steps.at(i).answers.size(); ++a)
            c.steps[i].answers[a].label = m_answerLabels.at(i).at(a)->text();
    }
    return c;
}

QString SuggestEditDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void SuggestEditDialog::submit()
{
    QString problem;
    if (FeedbackRecorder::changedFields(m_item.content, proposedContent()).isEmpty())
        problem = tr("Nothing is changed yet: edit the text first.");
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("The title cannot be empty.");
    else if (reason().isEmpty())
        problem = tr("Say why you suggest this edit: the reviewer needs the reason.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        if (reason().isEmpty() && !FeedbackRecorder::changedFields(m_item.content, proposedContent()).isEmpty())
            m_reason->setFocus();
        return;
    }
    accept();
}

} // namespace souffleur
