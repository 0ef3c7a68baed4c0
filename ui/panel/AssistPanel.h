// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panel/TicketCard.h"
#include "suggest/TicketAssistant.h"

#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace souffleur {

class HandoffBanner;
class FeedbackBar;
class ProcedurePane;
class RepliesPane;
class ClassifierService;
struct TicketHandoff;

// The agent's side panel: the ticket card, the category the ticket falls into (with its confidence, two
// alternatives one click away, a searchable picker, and an honest "unsure"), and the procedure, replies and
// articles for it. It asks the ClassifierService for classification and ranking; results older than the current
// ticket text are dropped. A category the agent picks or confirms is recorded as a correction for the classifier.
class AssistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssistPanel)
public:
    AssistPanel(ClassifierService &classifier, QWidget *parent = nullptr);
    ~AssistPanel() override;

    // Call once the store is open: loads or trains the classifier, then follows the ticket.
    void start(const QString &agentLocale);
    void setAgentLocale(const QString &locale);
    bool isReady() const { return m_ready; }
    // From this width on, the procedure shows beside the replies and articles instead of in a tab.
    static constexpr int kWideWidth = 860;
    bool isWide() const { return m_wide; }
    // Classifier trainings finished since start() (the first one, then one per batch of corrections).
    int trainingsDone() const;

    TicketCard *ticketCard() const { return m_card; }
    ProcedurePane *procedurePane() const { return m_procedure; }
    RepliesPane *repliesPane() const { return m_replies; }
    FeedbackBar *articleFeedbackBar() const { return m_articleFeedback; }
    // The knowledge changed under the panel (a synchronisation): prepare again and show the ticket anew.
    void reloadKnowledge();
    // The category shown now (empty when unsure or nothing typed).
    QString categoryId() const;
    // How many classification results have been shown (tests wait on it).
    int resultCount() const { return m_results; }

public slots:
    // The agent picks a category: it wins over the classifier for this ticket and becomes a correction.
    void chooseCategory(const QString &categoryId);
    // The agent confirms the classifier's category (a correction that says "right").
    void confirmCategory();
    void openCategoryPicker();
    void showTab(int index);
    // Puts the current ticket aside (see restorePreviousTicket) and starts an empty one.
    void newTicket();

    // A ticket from the phone software replaces the current one: a new call has arrived. The ticket it replaces
    // is put aside, not lost: restorePreviousTicket() brings it back (and puts the handed-over one aside in turn).
    void receiveHandoff(const souffleur::TicketHandoff &handoff);
    // A refused hand-off: said in the banner; the current ticket is left exactly as it is.
    void showHandoffRefused(const QString &message);
    void restorePreviousTicket();
    bool hasPreviousTicket() const { return m_previous.has_value(); }
    HandoffBanner *handoffBanner() const { return m_banner; }
    void setCompact(bool compact);

signals:
    void readyChanged(bool ready);
    void previousTicketChanged(bool available);
    void statusMessage(const QString &message);
    void classifierTrained();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void becomeReady();
    void onLoaded(bool ready);
    void onTrained();
    void onTrainingFailed(const QString &message);
    void refresh();
    void showResult(const AssistResult &result);
    // The category line of the last result, in the palette's colours (again on a palette change).
    void showBreadcrumb();
    void retranslate();
    void setTabTexts();
    void setWide(bool wide);
    // Puts the current ticket aside when there is something in it; returns whether it did.
    bool stashCurrent();

    struct Stashed
    {
        TicketCard::Snapshot card;
        QString chosenCategory;
    };
    std::optional<Stashed> m_previous;

    ClassifierService &m_classifier;
    QString m_agentLocale;
    QString m_chosenCategory;
    std::optional<AssistResult> m_last;
    quint64 m_generation = 0;
    bool m_ready = false;
    int m_results = 0;

    TicketCard *m_card;
    HandoffBanner *m_banner;
    QLabel *m_breadcrumb;
    QPushButton *m_confirm;
    QPushButton *m_alt1;
    QPushButton *m_alt2;
    QPushButton *m_pick;
    QTabWidget *m_tabs;
    QWidget *m_articlesPage = nullptr;
    QHBoxLayout *m_body = nullptr;
    bool m_wide = false;
    ProcedurePane *m_procedure;
    RepliesPane *m_replies;
    QListWidget *m_articleList;
    QTextBrowser *m_article;
    FeedbackBar *m_articleFeedback;
};

} // namespace souffleur
