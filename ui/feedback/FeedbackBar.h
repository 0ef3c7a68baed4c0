// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "feedback/FeedbackRecorder.h"
#include "feedback/ItemChangeTracker.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace souffleur {

class FeedbackController;

// The strip under a procedure, reply or article: the "changed" badge (what changed since the agent last opened
// it), "edit suggested — awaiting review" when they suggested one, and the agent's own actions on the item:
// suggest an edit, flag it (outdated / wrong / unclear, with an optional comment, inline) and "was this helpful?".
// Confirmations show inline for a few seconds; nothing here is modal but the editor itself.
class FeedbackBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackBar)
public:
    explicit FeedbackBar(QWidget *parent = nullptr);

    void setController(FeedbackController *controller);
    // Shows `item`; the same id and version again keeps what is shown (the panes re-set their items as the
    // agent types).
    void setItem(const Item &item);
    void clearItem();
    const std::optional<Item> &item() const { return m_item; }
    // A bar that is not active (hidden inside another view) neither shows nor records anything.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // From the controller, with the result of the store work.
    // `readSequence` orders the reads of the store: a read older than the one shown is ignored, whatever order
    // the answers arrive in.
    void showState(const ItemFeedbackState &state, quint64 readSequence);
    void showChange(const std::optional<ItemChange> &change);
    void showConfirmation(const QString &text);

    // For tests and the keyboard: what the buttons do.
    void requestSuggestion();
    void openFlag(FlagReason reason);
    void sendFlag();
    void rateHelpful(bool helpful);

    // The "changed" badge text for `change` (for lists' tooltips too).
    static QString changeSummary(const ItemChange &change);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void refreshState();
    // Tells the controller the item is shown, once the bar is really on screen (a pane in a hidden tab or mode
    // has not been opened by the agent).
    void announce();

    QPointer<FeedbackController> m_controller;
    std::optional<Item> m_item;
    std::optional<ItemFeedbackState> m_state;
    std::optional<ItemChange> m_change;
    bool m_active = true;
    bool m_announced = false;
    quint64 m_stateSequence = 0;

    QLabel *m_changed;
    QLabel *m_status;
    QToolButton *m_suggest;
    QToolButton *m_flag;
    QLabel *m_helpfulLabel;
    QToolButton *m_yes;
    QToolButton *m_no;
    QWidget *m_flagRow;
    QComboBox *m_flagReason;
    QLineEdit *m_flagComment;
    QPushButton *m_flagSend;
    QPushButton *m_flagCancel;
    QLabel *m_confirm;
    QTimer *m_confirmTimer;
};

} // namespace souffleur
