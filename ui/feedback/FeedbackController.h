// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/FeedbackRecorder.h"

#include <QObject>

namespace souffleur {

class FeedbackBar;
class FeedbackService;
struct Item;

// Does what the feedback bars ask: opens the editor for a suggested edit, records suggestions, flags and votes
// through the FeedbackService, and shows what the agent said before and what changed since they last opened an
// item. Results go back to the bar that asked, if it still shows that item.
class FeedbackController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackController)
public:
    explicit FeedbackController(FeedbackService &service, QObject *parent = nullptr);

    // Who the agent is, for the payloads: setting user/name, else the login name.
    static QString author();

    // A bar started showing an item: records the view, tells the bar what changed and what the agent said before.
    void itemShown(FeedbackBar *bar, const Item &item);
    void suggestEdit(FeedbackBar *bar);
    void flag(FeedbackBar *bar, FlagReason reason, const QString &comment);
    void rateHelpful(FeedbackBar *bar, bool helpful);

signals:
    // The outbox now holds `count` records.
    void pendingChanged(int count);
    void statusMessage(const QString &message);
    // An item was opened (its "changed" mark in lists may go).
    void itemViewed(const QString &itemId);

private:
    void recorded(FeedbackBar *bar, const Result<RecordedFeedback> &result, const QString &confirmation);

    FeedbackService &m_service;
};

} // namespace souffleur
