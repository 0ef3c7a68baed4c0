// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "content/ProcedureWalk.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace souffleur {

class FeedbackBar;
class ProcessMapView;

// A procedure as a guided checklist: the steps done are ticked with the answers given, the current step stands
// out with its action ("Done") or its answer buttons, an escalation shows whom to hand over to and what to collect,
// and the path taken can be copied into the ticket notes. The same flow graph is also shown as a process map.
// Keys when the pane has focus: Enter = done, 1-9 = answer, Backspace = back.
class ProcedurePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedurePane)
public:
    explicit ProcedurePane(QWidget *parent = nullptr);

    void setProcedure(const Item &item);
    void clear(const QString &message);
    // Hidden where the surrounding view already shows the title.
    void setTitleVisible(bool visible);
    QString itemId() const { return m_item ? m_item->id : QString(); }
    // Suggest edit, flag, helpful and the "changed" badge for the procedure shown.
    FeedbackBar *feedbackBar() const { return m_feedback; }
    const ProcedureWalk *walk() const { return m_walk ? &*m_walk : nullptr; }

    // For tests and shortcuts: the actions a click would do.
    bool markDone();
    bool chooseAnswer(int index);
    bool goBack();
    void restart();
    QString pathText() const;

signals:
    // The path text was copied to the clipboard.
    void pathCopied(const QString &text);
    void escalationReached(const QString &escalateTo);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // refresh() renders and announces an escalation reached; render() only draws (a palette change).
    void refresh();
    void render();
    void retranslate();

    std::optional<Item> m_item;
    std::optional<ProcedureWalk> m_walk;
    QString m_message;
    QLabel *m_title;
    QStackedWidget *m_views;
    QTextBrowser *m_checklist;
    ProcessMapView *m_map;
    QFrame *m_card;
    QLabel *m_cardText;
    QWidget *m_actions;
    QVBoxLayout *m_actionsLayout;
    QPushButton *m_back;
    QPushButton *m_restart;
    QPushButton *m_copy;
    QPushButton *m_toggleMap;
    FeedbackBar *m_feedback;
};

} // namespace souffleur
