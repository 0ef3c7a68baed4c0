// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel/AssistPanel.h"

#include "handoff/HandoffBanner.h"
#include "handoff/TicketHandoff.h"
#include "feedback/FeedbackBar.h"
#include "panel/ProcedurePane.h"
#include "panel/RepliesPane.h"
#include "panel/TicketCard.h"
#include "services/ClassifierService.h"
#include "style/Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace souffleur {

AssistPanel::AssistPanel(ClassifierService &classifier, QWidget *parent)
    : QWidget(parent), m_classifier(classifier), m_card(new TicketCard(this)), m_banner(new HandoffBanner(this)),
      m_breadcrumb(new QLabel(this)), m_confirm(new QPushButton(this)), m_alt1(new QPushButton(this)), m_alt2(new QPushButton(this)),
      m_pick(new QPushButton(this)), m_tabs(new QTabWidget(this)), m_procedure(new ProcedurePane(this)),
      m_replies(new RepliesPane(this)), m_articleList(new QListWidget(this)), m_article(new QTextBrowser(this)),
      m_articleFeedback(new FeedbackBar(this))
{
    connect(&m_classifier, &ClassifierService::loaded, this, &AssistPanel::onLoaded);
    connect(&m_classifier, &ClassifierService::unavailable, this, [this](const Error &error) {
        m_breadcrumb->setText(tr("The classifier is not available: %1").arg(error.message.toHtmlEscaped()));
        setEnabled(true);
    });
    connect(&m_classifier, &ClassifierService::trained, this, &AssistPanel::onTrained);
    connect(&m_classifier, &ClassifierService::trainingFailed, this,
            [this](const Error &error) { onTrainingFailed(error.message); });
    connect(&m_classifier, &ClassifierService::nothingToLearn, this, [this] {
        if (!m_ready)
            m_breadcrumb->setText(tr("This knowledge base has no categories yet."));
        setEnabled(true);
    });
    setObjectName(QStringLiteral("assistPanel"));
    m_breadcrumb->setObjectName(QStringLiteral("categoryBreadcrumb"));
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_confirm->setObjectName(QStringLiteral("confirmCategory"));
    m_alt1->setObjectName(QStringLiteral("alternative-0"));
    m_alt2->setObjectName(QStringLiteral("alternative-1"));
    m_pick->setObjectName(QStringLiteral("pickCategory"));
    for (QPushButton *chip : {m_alt1, m_alt2}) {
        chip->setFlat(true);
        Theme::setChipStyle(chip);
        chip->setMaximumWidth(Theme::em(chip, 10));
        chip->hide();
        connect(chip, &QPushButton::clicked, this, [this, chip] { chooseCategory(chip->property("categoryId").toString()); });
    }
    m_confirm->hide();
    connect(m_confirm, &QPushButton::clicked, this, &AssistPanel::confirmCategory);
    connect(m_pick, &QPushButton::clicked, this, &AssistPanel::openCategoryPicker);
    connect(m_card, &TicketCard::ticketChanged, this, &AssistPanel::refresh);
    connect(m_banner, &HandoffBanner::restoreRequested, this, &AssistPanel::restorePreviousTicket);

    auto *articles = m_articlesPage = new QWidget(this);
    auto *articlesLayout = new QVBoxLayout(articles);
    const int margin = Theme::em(this, 0.3);
    articlesLayout->setContentsMargins(margin, margin, margin, margin);
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setMaximumHeight(Theme::lines(m_articleList, 8.5));
    m_article->setObjectName(QStringLiteral("articleView"));
    m_article->setOpenExternalLinks(true);
    articlesLayout->addWidget(m_articleList);
    articlesLayout->addWidget(m_article, 1);
    articlesLayout->addWidget(m_articleFeedback);
    connect(m_articleList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_last && row >= 0 && row < m_last->articles.size()) {
            m_article->setMarkdown(m_last->articles.at(row).content.body);
            m_articleFeedback->setItem(m_last->articles.at(row));
        } else {
            m_articleFeedback->clearItem();
        }
    });

    m_tabs->setObjectName(QStringLiteral("assistTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->addTab(m_procedure, QString());
    m_tabs->addTab(m_replies, QString());
    m_tabs->addTab(articles, QString());
    for (int i = 0; i < 3; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showTab(i); });
    }
    auto *pickShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(pickShortcut, &QShortcut::activated, this, &AssistPanel::openCategoryPicker);

    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_breadcrumb, 1);
    categoryRow->addWidget(m_confirm);
    auto *chips = new QHBoxLayout;
    chips->addWidget(m_alt1);
    chips->addWidget(m_alt2);
    chips->addStretch(1);
    chips->addWidget(m_pick);

    auto *layout = new QVBoxLayout(this);
    const int outer = Theme::em(this, 0.5);
    layout->setContentsMargins(outer, outer, outer, outer);
    layout->addWidget(m_banner);
    layout->addWidget(m_card);
    layout->addLayout(categoryRow);
    layout->addLayout(chips);
    m_body = new QHBoxLayout;
    m_body->addWidget(m_tabs, 1);
    layout->addLayout(m_body, 1);
    retranslate();
    setEnabled(false);
}

AssistPanel::~AssistPanel() = default;

void AssistPanel::start(const QString &agentLocale)
{
    m_agentLocale = agentLocale;
    m_breadcrumb->setText(tr("Preparing the classifier…"));
    m_classifier.start();
}

void AssistPanel::onLoaded(bool ready)
{
    if (ready)
        becomeReady();  // a stale model still helps while the new one learns
    else
        m_breadcrumb->setText(tr("Learning the categories from the knowledge base… Search and browsing work meanwhile."));
}

void AssistPanel::becomeReady()
{
    const bool was = m_ready;
    m_ready = true;
    setEnabled(true);
    if (!was)
        emit readyChanged(true);
    refresh();
}

int AssistPanel::trainingsDone() const
{
    return m_classifier.trainingsDone();
}

void AssistPanel::onTrained()
{
    const bool first = !m_ready;
    becomeReady();
    if (!first)
        emit statusMessage(tr("The classifier has learned from your corrections."));
    emit classifierTrained();
}

void AssistPanel::onTrainingFailed(const QString &message)
{
    if (m_ready)
        emit statusMessage(tr("The classifier could not learn from the latest changes: %1").arg(message));
    else
        m_breadcrumb->setText(tr("The classifier is not available: %1").arg(message.toHtmlEscaped()));
    setEnabled(true);
}

void AssistPanel::reloadKnowledge()
{
    if (m_ready)
        start(m_agentLocale);
}

void AssistPanel::setAgentLocale(const QString &locale)
{
    m_agentLocale = locale;
    if (m_ready)
        refresh();
}

QString AssistPanel::categoryId() const
{
    return m_last && m_last->category ? m_last->category->id : QString();
}

void AssistPanel::refresh()
{
    if (!m_classifier.isLoaded())
        return;
    TicketInput input;
    input.text = m_card->text();
    input.locale = m_card->locale();
    input.agentLocale = m_agentLocale;
    input.channel = m_card->channel();
    input.chosenCategory = m_chosenCategory;
    const quint64 generation = ++m_generation;
    m_classifier.assist(input)
        .then(this, [this, generation](const Result<AssistResult> &r) {
            if (generation != m_generation)
                return;  // the ticket changed since: a newer result is on its way
            if (!r) {
                emit statusMessage(tr("Could not classify the ticket: %1").arg(r.error().message));
                return;
            }
            showResult(*r);
        });
}

void AssistPanel::showResult(const AssistResult &r)
{
    m_last = r;
    ++m_results;
    const bool empty = m_card->text().trimmed().isEmpty() && m_chosenCategory.isEmpty();
    showBreadcrumb();
    m_confirm->setVisible(r.category && !r.chosenByAgent && !empty);
    QList<CategoryChoice> alternatives = r.alternatives;
    if (!r.category && !r.prediction.top.isEmpty() && !empty) {
        // Unsure: the best guesses are the chips.
        alternatives = r.guesses.mid(0, 2);
    }
    const QList<QPushButton *> chips{m_alt1, m_alt2};
    for (int i = 0; i < 2; ++i) {
        const bool show = i < alternatives.size() && !empty;
        chips[i]->setVisible(show);
        if (!show)
            continue;
        const CategoryChoice &c = alternatives.at(i);
        const QString leaf = c.path.section(QStringLiteral(" › "), -1);
        // The name is what the agent reads in a glance; the likelihood waits in the tooltip.
        const int percent = qRound(c.probability * 100);
        const QString likelihood = percent < 1 ? tr("under 1 %") : tr("%1 %").arg(percent);
        chips[i]->setText(chips[i]->fontMetrics().elidedText(leaf, Qt::ElideRight, Theme::em(chips[i], 8.5)));
        chips[i]->setToolTip(tr("%1 (%2)").arg(c.path, likelihood));
        chips[i]->setAccessibleName(tr("Choose %1").arg(c.path));
        chips[i]->setProperty("categoryId", c.id);
    }

    if (r.procedure) {
        if (m_procedure->itemId() != r.procedure->id)
            m_procedure->setProcedure(*r.procedure);
    } else {
        m_procedure->clear(empty ? tr("The procedure for the ticket's category appears here.")
                                 : tr("No procedure for this ticket yet."));
    }
    m_replies->setReplies(r.replies, m_card->locale().isEmpty() ? m_agentLocale : m_card->locale());
    m_replies->setTicketFields(m_card->fields());
    m_articleList->clear();
    m_article->clear();
    for (const Item &a : r.articles)
        m_articleList->addItem(a.content.title);
    if (!r.articles.isEmpty())
        m_articleList->setCurrentRow(0);
    setTabTexts();
}

void AssistPanel::showBreadcrumb()
{
    if (!m_last)
        return;
    if (m_card->text().trimmed().isEmpty() && m_chosenCategory.isEmpty()) {
        m_breadcrumb->setText(tr("Type the customer's problem in the notes: the category and its procedure appear here."));
    } else if (m_last->category) {
        const QString who = m_last->chosenByAgent ? tr("chosen by you") : tr("%1 %").arg(std::min(99, qRound(m_last->category->probability * 100)));  // never "100 %": a guess is a guess
        m_breadcrumb->setText(QStringLiteral("<b>%1</b> <span style=\"color:%3;\">(%2)</span>")
                                  .arg(m_last->category->path.toHtmlEscaped(), who.toHtmlEscaped(), Theme::css(Theme::muted(palette()))));
    } else {
        m_breadcrumb->setText(QStringLiteral("<span style=\"color:%3;\"><b>%1</b></span> %2")
                                  .arg(tr("Not sure of the category.").toHtmlEscaped(),
                                       tr("Pick one of the suggestions or choose it (Ctrl+Shift+C).").toHtmlEscaped(),
                                       Theme::css(Theme::text(palette(), Theme::Tone::Warning))));
    }
}

void AssistPanel::setTabTexts()
{
    const auto set = [this](QWidget *page, const QString &text, const QString &tip) {
        const int index = m_tabs->indexOf(page);
        if (index >= 0) {
            m_tabs->setTabText(index, text);
            m_tabs->setTabToolTip(index, tip);
        }
    };
    set(m_procedure, tr("Procedure"), tr("Procedure (Alt+1)"));
    set(m_replies, m_last ? tr("Replies (%1)").arg(m_last->replies.size()) : tr("Replies"), tr("Standard replies (Alt+2)"));
    set(m_articlesPage, m_last ? tr("Articles (%1)").arg(m_last->articles.size()) : tr("Articles"), tr("Articles (Alt+3)"));
}

void AssistPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setWide(width() >= kWideWidth);
}

void AssistPanel::setWide(bool wide)
{
    if (wide == m_wide)
        return;
    m_wide = wide;
    // Wide (the agent gave the panel half a screen): the procedure stays in view beside the replies and articles,
    // so the agent reads the next step while copying a reply. Narrow: one tab each.
    if (wide) {
        m_tabs->removeTab(m_tabs->indexOf(m_procedure));
        m_body->insertWidget(0, m_procedure, 1);
        m_procedure->show();
    } else {
        m_body->removeWidget(m_procedure);
        m_tabs->insertTab(0, m_procedure, QString());
    }
    setTabTexts();
}

void AssistPanel::chooseCategory(const QString &categoryId)
{
    if (categoryId.isEmpty() || !m_classifier.isLoaded())
        return;
    m_chosenCategory = categoryId;
    m_classifier.recordCorrection(m_card->text(), categoryId, m_card->locale()).then(this, [this](const Result<void> &r) {
        if (!r)
            emit statusMessage(tr("Could not record the correction: %1").arg(r.error().message));
    });
    refresh();
}

void AssistPanel::confirmCategory()
{
    if (m_last && m_last->category)
        chooseCategory(m_last->category->id);
}

void AssistPanel::openCategoryPicker()
{
    if (!m_classifier.isLoaded())
        return;
    m_classifier.categories(m_agentLocale)
        .then(this, [this](const QList<CategoryChoice> &choices) {
            QDialog dialog(this);
            dialog.setObjectName(QStringLiteral("categoryPicker"));
            dialog.setWindowTitle(tr("Choose the category"));
            auto *filter = new QLineEdit(&dialog);
            filter->setPlaceholderText(tr("Type to filter…"));
            auto *list = new QListWidget(&dialog);
            for (const CategoryChoice &c : choices) {
                auto *item = new QListWidgetItem(c.path, list);
                item->setData(Qt::UserRole, c.id);
            }
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
            auto *layout = new QVBoxLayout(&dialog);
            layout->addWidget(filter);
            layout->addWidget(list, 1);
            layout->addWidget(buttons);
            connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
                for (int i = 0; i < list->count(); ++i)
                    list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
            });
            connect(filter, &QLineEdit::returnPressed, &dialog, [list, &dialog] {
                for (int i = 0; i < list->count(); ++i)
                    if (!list->item(i)->isHidden()) {
                        list->setCurrentRow(i);
                        dialog.accept();
                        return;
                    }
            });
            connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            dialog.resize(Theme::em(&dialog, 35), Theme::em(&dialog, 40));
            if (dialog.exec() == QDialog::Accepted && list->currentItem())
                chooseCategory(list->currentItem()->data(Qt::UserRole).toString());
        });
}

void AssistPanel::showTab(int index)
{
    QWidget *pages[] = {m_procedure, m_replies, m_articlesPage};
    QWidget *page = pages[std::clamp(index, 0, 2)];
    if (m_tabs->indexOf(page) >= 0)
        m_tabs->setCurrentWidget(page);
    page->setFocus(Qt::ShortcutFocusReason);
}

void AssistPanel::newTicket()
{
    stashCurrent();
    m_chosenCategory.clear();
    m_card->clear();
    m_card->focusNotes();
    refresh();
}

bool AssistPanel::stashCurrent()
{
    const TicketCard::Snapshot current = m_card->snapshot();
    if (current.isEmpty())
        return false;  // nothing worth keeping: an older ticket put aside stays the one to go back to
    m_previous = Stashed{current, m_chosenCategory};
    emit previousTicketChanged(true);
    return true;
}

void AssistPanel::receiveHandoff(const TicketHandoff &handoff)
{
    TicketCard::Snapshot next;
    next.text = handoff.text;
    next.name = handoff.customerName;
    next.account = handoff.account;
    next.locale = handoff.locale();
    // The channel is the agent's own (a phone agent stays on the phone) unless the hand-off says otherwise.
    next.channel = handoff.channel.isEmpty() ? m_card->channel() : handoff.channel;
    const TicketCard::Snapshot current = m_card->snapshot();
    if (current == next) {
        // The phone software sent the same ticket again: nothing to replace, nothing to put aside.
        m_banner->showReceived(hasPreviousTicket());
        return;
    }
    stashCurrent();
    m_chosenCategory.clear();
    m_card->restore(next);
    m_banner->showReceived(hasPreviousTicket());
    emit statusMessage(tr("Ticket handed over by the phone software."));
    refresh();
}

void AssistPanel::showHandoffRefused(const QString &message)
{
    m_banner->showRefused(message);
    emit statusMessage(message);
}

void AssistPanel::restorePreviousTicket()
{
    if (!m_previous)
        return;
    const Stashed back = *m_previous;
    // A swap, not a pop: the ticket being left can be brought back the same way.
    const TicketCard::Snapshot current = m_card->snapshot();
    if (current.isEmpty())
        m_previous.reset();
    else
        m_previous = Stashed{current, m_chosenCategory};
    m_chosenCategory = back.chosenCategory;
    m_card->restore(back.card);
    m_banner->showRestored(m_previous.has_value());
    emit previousTicketChanged(m_previous.has_value());
    refresh();
}

void AssistPanel::setCompact(bool compact)
{
    m_card->setCompact(compact);
    const int margin = Theme::em(this, compact ? 0.25 : 0.5);
    layout()->setContentsMargins(margin, margin, margin, margin);
    layout()->setSpacing(margin);
}

void AssistPanel::retranslate()
{
    m_confirm->setText(tr("✓ Right"));
    m_confirm->setToolTip(tr("Confirm this category (it teaches the classifier)"));
    m_pick->setText(tr("Choose…"));
    m_pick->setToolTip(tr("Choose the category yourself (Ctrl+Shift+C)"));
    setTabTexts();
    m_confirm->setAccessibleName(tr("Confirm the category"));
    m_pick->setAccessibleName(tr("Choose the category"));
    m_breadcrumb->setAccessibleName(tr("Ticket category"));
    m_tabs->setAccessibleName(tr("Procedure, replies and articles"));
    m_tabs->tabBar()->setAccessibleName(tr("Side panel tabs"));
    m_articleList->setAccessibleName(tr("Related articles"));
    m_article->setAccessibleName(tr("Article"));
    if (m_last)
        showResult(*m_last);
}

void AssistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showBreadcrumb();  // its HTML carries colours of the palette it was made with
    QWidget::changeEvent(event);
}

} // namespace souffleur
