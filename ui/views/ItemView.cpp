// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ItemView.h"

#include "feedback/FeedbackBar.h"
#include "panel/ProcedurePane.h"
#include "style/Theme.h"
#include "views/ItemHtml.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace souffleur {

ItemView::ItemView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_categories(new QLabel(this)),
      m_variantBar(new QWidget(this)), m_variantLayout(new QHBoxLayout(m_variantBar)), m_bodies(new QStackedWidget(this)), m_body(new QTextBrowser(this)), m_procedure(new ProcedurePane(this)), m_feedback(new FeedbackBar(this))
{
    setObjectName(QStringLiteral("itemView"));
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta->setObjectName(QStringLiteral("itemMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_categories->setObjectName(QStringLiteral("itemCategories"));
    m_categories->setWordWrap(true);
    m_variantLayout->setContentsMargins(0, 0, 0, 0);
    m_body->setObjectName(QStringLiteral("itemBody"));
    m_body->setOpenExternalLinks(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::em(this, 0.6), Theme::em(this, 0.3), Theme::em(this, 0.3), Theme::em(this, 0.3));
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_categories);
    layout->addWidget(m_variantBar);
    layout->addWidget(m_feedback);
    m_procedure->setTitleVisible(false);
    // This view has its own bar for every kind of item; the procedure pane's would repeat it.
    m_procedure->feedbackBar()->setActive(false);
    m_bodies->addWidget(m_body);
    m_bodies->addWidget(m_procedure);
    layout->addWidget(m_bodies, 1);
    retranslate();
}

QString ItemView::bodyText() const
{
    if (m_bodies->currentWidget() == m_procedure)
        return m_procedure->findChild<QTextBrowser *>()->toPlainText();
    return m_body->toPlainText();
}

void ItemView::showHint()
{
    showMessage(tr("Choose a category on the left, or search (Ctrl+K)."));
    m_showingHint = true;
}

void ItemView::showMessage(const QString &message)
{
    m_showingHint = false;
    m_itemId.clear();
    m_message = message;
    m_title->clear();
    m_meta->clear();
    m_categories->clear();
    m_variantBar->hide();
    m_feedback->clearItem();
    m_bodies->setCurrentWidget(m_body);
    m_body->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(Theme::css(Theme::muted(palette())), message.toHtmlEscaped()));
}

void ItemView::showItem(const Item &item, const QList<ItemSummary> &variants, const QStringList &categoryPaths)
{
    m_itemId = item.id;
    m_item = item;
    m_variants = variants;
    m_categoryPaths = categoryPaths;
    m_message.clear();
    m_title->setText(item.content.title);
    m_meta->setText(ItemHtml::metaLine(item, QDate::currentDate(), palette()));
    m_categories->setText(categoryPaths.join(QStringLiteral(" · ")));
    m_categories->setVisible(!categoryPaths.isEmpty());
    m_feedback->setItem(item);

    while (QLayoutItem *child = m_variantLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    for (const ItemSummary &v : variants) {
        auto *button = new QPushButton(QLocale(v.locale).nativeLanguageName() + QStringLiteral(" (") + v.locale + QLatin1Char(')'),
                                       m_variantBar);
        button->setObjectName(QStringLiteral("variant-") + v.locale);
        button->setCheckable(true);
        button->setChecked(v.id == item.id);
        button->setFlat(v.id != item.id);
        button->setAccessibleName(tr("Show the %1 version").arg(v.locale));
        connect(button, &QPushButton::clicked, this, [this, id = v.id] {
            if (id != m_itemId)
                emit variantRequested(id);
        });
        m_variantLayout->addWidget(button);
    }
    m_variantLayout->addStretch(1);
    m_variantBar->setVisible(variants.size() > 1);

    switch (item.kind) {
    case ItemKind::Procedure:
        // Keep the agent's progress when the same procedure is shown again (a language switch shows its
        // translation, which is a different walk).
        if (m_procedure->itemId() != item.id)
            m_procedure->setProcedure(item);
        m_bodies->setCurrentWidget(m_procedure);
        break;
    case ItemKind::Reply:
        m_body->setHtml(ItemHtml::reply(item, palette()));
        m_bodies->setCurrentWidget(m_body);
        break;
    case ItemKind::Article:
        m_body->setMarkdown(item.content.body);
        m_bodies->setCurrentWidget(m_body);
        break;
    }
}

void ItemView::retranslate()
{
    m_body->setAccessibleName(tr("Content"));
    m_title->setAccessibleName(tr("Title"));
    if (!m_itemId.isEmpty())
        showItem(m_item, m_variants, m_categoryPaths);
    else if (m_message.isEmpty() || m_showingHint)
        showHint();
}

void ItemView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        // The HTML carries colours of the palette it was made with.
        if (!m_itemId.isEmpty())
            showItem(m_item, m_variants, m_categoryPaths);
        else if (m_showingHint)
            showHint();
        else if (!m_message.isEmpty())
            showMessage(m_message);
    }
    QWidget::changeEvent(event);
}

} // namespace souffleur
