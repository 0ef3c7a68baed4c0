// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QHBoxLayout;

namespace souffleur {

class FeedbackBar;

// The standard replies for a ticket: a list (one entry per translation group, in the preferred language), the
// selected one filled in from the ticket's fields, every placeholder editable inline, unfilled ones highlighted,
// a one-click switch to another language variant, and copy to the clipboard, which asks first when a
// placeholder is still unfilled (an unfilled placeholder is never copied silently).
class RepliesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepliesPane)
public:

    explicit RepliesPane(QWidget *parent = nullptr);

    // Each inner list holds the locale variants of one reply.
    void setReplies(const QList<QList<Item>> &groups, const QString &preferredLocale);
    // The ticket's fields ("customer.first_name" -> "Alice"); values typed inline for a reply win over them.
    void setTicketFields(const QMap<QString, QString> &fields);
    void selectReply(int row);
    int replyCount() const;

    QString currentReplyId() const;
    // The reply as it would be copied now.
    QString filledText() const;
    QStringList unfilledPlaceholders() const;
    FeedbackBar *feedbackBar() const { return m_feedback; }

public slots:
    // Copies the filled reply; returns false when nothing was copied (no reply, or the agent cancelled).
    bool copyReply();
    void switchLocale(const QString &locale);

signals:
    void replyCopied(const QString &itemId, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void rebuildFields();
    void refreshPreview();
    void retranslate();
    QMap<QString, QString> values() const;
    const Item *current() const;

    QList<QList<Item>> m_groups;
    QList<int> m_variant;  // chosen variant per group
    QString m_preferredLocale;
    QMap<QString, QString> m_ticketFields;
    QMap<QString, QString> m_typed;  // placeholder -> value typed inline, kept across replies of one ticket

    QListWidget *m_list;
    QLabel *m_subject;
    QTextBrowser *m_preview;
    QWidget *m_variantBar;
    QHBoxLayout *m_variantLayout;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QLabel *m_warning;
    QPushButton *m_copy;
    FeedbackBar *m_feedback;
};

} // namespace souffleur
