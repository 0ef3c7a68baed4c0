// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel/RepliesPane.h"

#include "common/Locale.h"
#include "content/ReplyTemplate.h"
#include "content/TicketFields.h"
#include "dialogs/Dialogs.h"
#include "feedback/FeedbackBar.h"
#include "style/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace souffleur {

namespace {

// The reply with its placeholders marked: unfilled ones loud, filled from a fallback quiet amber, filled from the
// ticket quiet green; in colours of the palette, laid on its `surface`.
QString htmlOf(const QList<ReplySegment> &segments, const QPalette &palette, QPalette::ColorRole surface)
{
    const QColor loud = Theme::strongTint(palette, Theme::Tone::Warning, surface);
    const QString unfilled = QStringLiteral("background-color:%1; color:%2; font-weight:bold;")
                                 .arg(Theme::css(loud), Theme::css(Theme::readable(palette, Theme::text(palette, Theme::Tone::Warning), {loud})));
    const QString fallback = QStringLiteral("background-color:%1;").arg(Theme::css(Theme::tint(palette, Theme::Tone::Warning, surface)));
    const QString filled = QStringLiteral("background-color:%1;").arg(Theme::css(Theme::tint(palette, Theme::Tone::Success, surface)));
    QString html;
    for (const ReplySegment &s : segments) {
        // An unfilled placeholder is shown by its name ("‹ticket reference›"), never by its key.
        const QString shown = s.filled ? s.text : QStringLiteral("\u2039%1\u203A").arg(TicketFields::label(s.placeholder));
        const QString text = shown.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (s.placeholder.isEmpty())
            html += text;
        else if (!s.filled)
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(unfilled, text);
        else if (s.usedFallback)
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(fallback, text);
        else
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(filled, text);
    }
    return html;
}

// A reply in the list: its title and the channels it is written for, in the agent's language.
QString listText(const Item &item)
{
    return QStringLiteral("%1  [%2]").arg(item.content.title, TicketFields::channelLabels(item.channels).join(QLatin1Char('/')));
}

QString fieldLabels(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys)
        labels << TicketFields::label(key);
    return labels.join(QStringLiteral(", "));
}
} // namespace

RepliesPane::RepliesPane(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_subject(new QLabel(this)), m_preview(new QTextBrowser(this)),
      m_variantBar(new QWidget(this)), m_variantLayout(new QHBoxLayout(m_variantBar)), m_fieldsBox(new QWidget(this)),
      m_fields(new QFormLayout(m_fieldsBox)), m_warning(new QLabel(this)), m_copy(new QPushButton(this)), m_feedback(new FeedbackBar(this))
{
    setObjectName(QStringLiteral("repliesPane"));
    m_list->setObjectName(QStringLiteral("replyList"));
    m_list->setMaximumHeight(Theme::lines(m_list, 10));
    m_subject->setObjectName(QStringLiteral("replySubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_variantLayout->setContentsMargins(0, 0, 0, 0);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fieldsBox->setObjectName(QStringLiteral("replyFields"));
    m_warning->setObjectName(QStringLiteral("replyWarning"));
    m_warning->setWordWrap(true);
    Theme::setTextTone(m_warning, Theme::Tone::Warning);
    m_copy->setObjectName(QStringLiteral("replyCopy"));
    connect(m_copy, &QPushButton::clicked, this, &RepliesPane::copyReply);
    auto *copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &RepliesPane::copyReply);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });

    auto *layout = new QVBoxLayout(this);
    const int margin = Theme::em(this, 0.3);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_list);
    layout->addWidget(m_variantBar);
    layout->addWidget(m_subject);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_warning);
    layout->addWidget(m_copy);
    layout->addWidget(m_feedback);
    retranslate();
    showCurrent();
}

void RepliesPane::setReplies(const QList<QList<Item>> &groups, const QString &preferredLocale)
{
    m_groups = groups;
    m_preferredLocale = preferredLocale;
    m_variant.clear();
    m_list->clear();
    for (const QList<Item> &variants : std::as_const(m_groups)) {
        QStringList locales;
        for (const Item &i : variants)
            locales << i.locale;
        const int pick = qMax(0, pickLocaleVariant(locales, preferredLocale, QString()));
        m_variant.append(pick);
        const Item &item = variants.at(pick);
        m_list->addItem(listText(item));
    }
    if (!m_groups.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

void RepliesPane::setTicketFields(const QMap<QString, QString> &fields)
{
    m_ticketFields = fields;
    rebuildFields();
    refreshPreview();
}

void RepliesPane::selectReply(int row)
{
    m_list->setCurrentRow(row);
}

int RepliesPane::replyCount() const
{
    return int(m_groups.size());
}

const Item *RepliesPane::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_groups.size())
        return nullptr;
    return &m_groups.at(row).at(m_variant.at(row));
}

QString RepliesPane::currentReplyId() const
{
    const Item *item = current();
    return item ? item->id : QString();
}

QMap<QString, QString> RepliesPane::values() const
{
    const Item *item = current();
    QMap<QString, QString> v = item ? TicketFields::withCivility(m_ticketFields, item->locale) : m_ticketFields;
    for (auto it = m_typed.cbegin(); it != m_typed.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            v.insert(it.key(), it.value());
    return v;
}

QString RepliesPane::filledText() const
{
    const Item *item = current();
    return item ? ReplyTemplate(item->content.body).filledText(values()) : QString();
}

QStringList RepliesPane::unfilledPlaceholders() const
{
    const Item *item = current();
    if (!item)
        return {};
    QStringList names = ReplyTemplate(item->content.subject).unfilled(values());
    for (const QString &n : ReplyTemplate(item->content.body).unfilled(values()))
        if (!names.contains(n))
            names.append(n);
    return names;
}

void RepliesPane::switchLocale(const QString &locale)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    for (qsizetype i = 0; i < m_groups.at(row).size(); ++i) {
        if (m_groups.at(row).at(i).locale == locale) {
            m_variant[row] = int(i);
            const Item &item = m_groups.at(row).at(i);
            m_list->item(row)->setText(listText(item));
            showCurrent();
            return;
        }
    }
}

void RepliesPane::showCurrent()
{
    while (QLayoutItem *child = m_variantLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    const Item *item = current();
    m_copy->setEnabled(item != nullptr);
    if (item)
        m_feedback->setItem(*item);
    else
        m_feedback->clearItem();
    if (!item) {
        m_variantBar->hide();
        m_subject->hide();
        m_preview->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                               .arg(Theme::css(Theme::muted(palette())), tr("No standard reply for this category yet.").toHtmlEscaped()));
        rebuildFields();
        m_warning->hide();
        return;
    }
    const QList<Item> &variants = m_groups.at(m_list->currentRow());
    for (const Item &v : variants) {
        auto *b = new QPushButton(QLocale(v.locale).nativeLanguageName(), m_variantBar);
        b->setObjectName(QStringLiteral("replyVariant-") + v.locale);
        b->setCheckable(true);
        b->setChecked(v.id == item->id);
        b->setAccessibleName(tr("Reply in %1").arg(v.locale));
        connect(b, &QPushButton::clicked, this, [this, locale = v.locale] { switchLocale(locale); });
        m_variantLayout->addWidget(b);
    }
    m_variantLayout->addStretch(1);
    m_variantBar->setVisible(variants.size() > 1);
    rebuildFields();
    refreshPreview();
}

void RepliesPane::rebuildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const Item *item = current();
    if (!item) {
        m_fieldsBox->hide();
        return;
    }
    QStringList names = ReplyTemplate(item->content.subject).placeholderNames();
    for (const QString &n : ReplyTemplate(item->content.body).placeholderNames())
        if (!names.contains(n))
            names.append(n);
    for (const QString &name : std::as_const(names)) {
        auto *edit = new QLineEdit(m_fieldsBox);
        edit->setObjectName(QStringLiteral("field-") + name);
        edit->setText(m_typed.value(name, values().value(name)));
        edit->setAccessibleName(TicketFields::label(name));
        edit->setPlaceholderText(tr("not filled"));
        connect(edit, &QLineEdit::textEdited, this, [this, name](const QString &text) {
            m_typed.insert(name, text);
            refreshPreview();
        });
        m_fields->addRow(TicketFields::label(name), edit);
    }
    m_fieldsBox->setVisible(!names.isEmpty());
}

void RepliesPane::refreshPreview()
{
    const Item *item = current();
    if (!item)
        return;
    const QMap<QString, QString> v = values();
    m_subject->setVisible(!item->content.subject.isEmpty());
    if (!item->content.subject.isEmpty())
        m_subject->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Subject:").toHtmlEscaped(),
                                                               htmlOf(ReplyTemplate(item->content.subject).fill(v), palette(), QPalette::Window)));
    QString html = htmlOf(ReplyTemplate(item->content.body).fill(v), palette(), QPalette::Base);
    if (!item->content.tone.isEmpty())
        html += QStringLiteral("<p style=\"color:%1;\"><i>%2</i></p>")
                    .arg(Theme::css(Theme::muted(palette())), tr("Tone: %1").arg(item->content.tone).toHtmlEscaped());
    m_preview->setHtml(html);
    const QStringList unfilled = unfilledPlaceholders();
    m_warning->setVisible(!unfilled.isEmpty());
    m_warning->setText(tr("Not filled yet: %1").arg(fieldLabels(unfilled)));
}

bool RepliesPane::copyReply()
{
    const Item *item = current();
    if (!item)
        return false;
    const QStringList unfilled = unfilledPlaceholders();
    if (!unfilled.isEmpty()) {
        const auto button = MessageBox::question(
            this, tr("Unfilled placeholders"),
            tr("This reply still has unfilled placeholders: %1.\nCopy it anyway?").arg(fieldLabels(unfilled)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (button != QMessageBox::Yes)
            return false;
    }
    const QString text = filledText();
    QApplication::clipboard()->setText(text);
    emit replyCopied(item->id, text);
    return true;
}

void RepliesPane::retranslate()
{
    m_copy->setText(tr("Copy reply (Ctrl+Enter)"));
    m_copy->setAccessibleName(tr("Copy the reply"));
    m_subject->setAccessibleName(tr("Reply subject"));
    m_warning->setAccessibleName(tr("Reply warning"));
    m_variantBar->setAccessibleName(tr("Reply languages"));
    m_fieldsBox->setAccessibleName(tr("Reply fields"));
    m_list->setAccessibleName(tr("Standard replies"));
    m_preview->setAccessibleName(tr("Reply preview"));
    if (current())
        refreshPreview();
}

void RepliesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        // The preview's HTML carries colours of the palette it was made with.
        if (current())
            refreshPreview();
        else
            showCurrent();
    }
    QWidget::changeEvent(event);
}

} // namespace souffleur
