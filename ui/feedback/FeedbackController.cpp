// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackController.h"

#include "feedback/FeedbackBar.h"
#include "feedback/SuggestEditDialog.h"
#include "services/FeedbackService.h"
#include "settings/Settings.h"

#include <QPointer>

namespace souffleur {

namespace {

// Whether `bar` still shows the item the work was for.
bool stillShows(const QPointer<FeedbackBar> &bar, const QString &id, int version)
{
    return bar && bar->item() && bar->item()->id == id && bar->item()->version == version;
}

} // namespace

FeedbackController::FeedbackController(FeedbackService &service, QObject *parent) : QObject(parent), m_service(service) {}

QString FeedbackController::author()
{
    const QString configured = Settings().userName();
    if (!configured.isEmpty())
        return configured;
    const QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? qEnvironmentVariable("USERNAME") : login;
}

void FeedbackController::itemShown(FeedbackBar *bar, const Item &item)
{
    QPointer<FeedbackBar> target(bar);
    m_service.itemOpened(item).then(this, [this, target, id = item.id, version = item.version](const Result<ItemOpened> &r) {
        if (!r) {
            emit statusMessage(tr("Could not read your feedback on this item: %1").arg(r.error().message));
            return;
        }
        emit itemViewed(id);
        if (!stillShows(target, id, version))
            return;
        target->showChange(r->change);
        target->showState(r->feedback.state, r->feedback.sequence);
    });
}

void FeedbackController::suggestEdit(FeedbackBar *bar)
{
    if (!bar || !bar->item())
        return;
    // Window-modal but not blocking (open(), not exec()): the rest of the app keeps running, and tests drive it.
    auto *dialog = new SuggestEditDialog(*bar->item(), bar->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<FeedbackBar> target(bar);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        const Item base = dialog->item();
        const ItemContent proposed = dialog->proposedContent();
        const QString reason = dialog->reason();
        const QString who = author();
        m_service.suggestEdit(base, proposed, reason, who).then(this, [this, target](const Result<RecordedFeedback> &r) {
            recorded(target, r, tr("Edit suggested — it goes to the team leads with the next synchronisation."));
        });
    });
    dialog->open();
}

void FeedbackController::flag(FeedbackBar *bar, FlagReason reason, const QString &comment)
{
    if (!bar || !bar->item())
        return;
    const Item item = *bar->item();
    const QString who = author();
    QPointer<FeedbackBar> target(bar);
    m_service.flag(item, reason, comment, who)
        .then(this, [this, target](const Result<RecordedFeedback> &r) {
            recorded(target, r, tr("Thanks — flag recorded for the team leads."));
        });
}

void FeedbackController::rateHelpful(FeedbackBar *bar, bool helpful)
{
    if (!bar || !bar->item())
        return;
    const Item item = *bar->item();
    const QString who = author();
    QPointer<FeedbackBar> target(bar);
    m_service.rateHelpful(item, helpful, who)
        .then(this, [this, target](const Result<RecordedFeedback> &r) { recorded(target, r, tr("Thanks for your answer.")); });
}

void FeedbackController::recorded(FeedbackBar *bar, const Result<RecordedFeedback> &r, const QString &confirmation)
{
    QPointer<FeedbackBar> target(bar);
    if (!r) {
        const QString message = tr("Your feedback could not be recorded: %1").arg(r.error().message);
        if (target)
            target->showConfirmation(message);
        emit statusMessage(message);
        return;
    }
    emit pendingChanged(r->pending);
    emit statusMessage(confirmation);
    if (!target || !target->item())
        return;
    target->showConfirmation(confirmation);
    // Re-read what the agent said, so the bar shows the record as the store has it.
    const QString id = target->item()->id;
    const int version = target->item()->version;
    m_service.state(id, version).then(this, [target, id, version](const Result<FeedbackRead> &s) {
        if (s && stillShows(target, id, version))
            target->showState(s->state, s->sequence);
    });
}

} // namespace souffleur
