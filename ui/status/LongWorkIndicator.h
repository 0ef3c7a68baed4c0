// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace souffleur {

// In the status bar while long work runs (an import, an export, a training): what it is, its progress and a
// button that cancels it. Follows one job at a time (long work runs one at a time); a new one replaces the shown
// one. Hidden when nothing runs.
class LongWorkIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongWorkIndicator)
public:
    explicit LongWorkIndicator(QWidget *parent = nullptr);
    ~LongWorkIndicator() override;

    // Shows `what` (e.g. "Importing…") until `job` ends; the cancel button cancels `job`.
    void track(const QString &what, QFuture<void> job);
    // The job shown now (tests cancel through the button).
    QFuture<void> job() const { return m_job; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFuture<void> m_job;
    quint64 m_generation = 0;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace souffleur
