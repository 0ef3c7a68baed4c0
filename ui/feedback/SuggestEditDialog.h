// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace souffleur {

// The content editor of one item: title, summary, and the body for its kind (reply subject, text and tone; article
// Markdown; procedure steps, one text per step, with the answer labels of questions). Agents use it to suggest an
// edit (a reason is required), and it is meant to be the editor team leads use when reworking a suggestion, which
// is why it edits ItemContent and knows nothing of outboxes. Undo and redo act on the field being edited (also
// Ctrl+Z / Ctrl+Shift+Z).
class SuggestEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestEditDialog)
public:
    explicit SuggestEditDialog(const Item &item, QWidget *parent = nullptr);

    const Item &item() const { return m_item; }
    ItemContent proposedContent() const;
    QString reason() const;

    void undo();
    void redo();

public slots:
    // Accepts only with a reason and a real change; otherwise says what is missing, inline.
    void submit();

private:
    QLineEdit *addLine(const QString &objectName, const QString &text);
    QPlainTextEdit *addText(const QString &objectName, const QString &text, int lines);
    void track(QWidget *editor);
    void updateUndoButtons();

    Item m_item;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_summary = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_tone = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QList<QPlainTextEdit *> m_stepTexts;
    QList<QList<QLineEdit *>> m_answerLabels;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPointer<QWidget> m_lastEditor;
};

} // namespace souffleur
