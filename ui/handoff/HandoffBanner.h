// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace souffleur {

// A one-line notice at the top of the side panel about the last hand-off from the phone software: "ticket
// received" with a way back to the ticket it replaced, or "refused" with the reason. Never modal: the agent is on
// a call and keeps typing wherever they are.
class HandoffBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffBanner)
public:
    explicit HandoffBanner(QWidget *parent = nullptr);

    // A ticket was received; `canRestore`: the previous one was put aside and can come back.
    void showReceived(bool canRestore);
    void showRefused(const QString &message);
    void showRestored(bool canSwapBack);
    // Any other hand-off problem (e.g. the HTTP endpoint cannot listen).
    void showProblem(const QString &message);
    QString message() const;
    bool isError() const { return m_error; }

signals:
    void restoreRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QString &message, bool error, bool restore);
    void retranslate();

    QLabel *m_text;
    QPushButton *m_restore;
    QPushButton *m_close;
    bool m_error = false;
};

} // namespace souffleur
