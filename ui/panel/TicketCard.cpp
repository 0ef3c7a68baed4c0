// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel/TicketCard.h"

#include "content/TicketFields.h"
#include "content/CustomerName.h"
#include "style/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace souffleur {

TicketCard::TicketCard(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_account(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_notes(new QPlainTextEdit(this)), m_summary(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketCard"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_account->setObjectName(QStringLiteral("customerAccount"));
    m_language->setObjectName(QStringLiteral("ticketLanguage"));
    m_channel->setObjectName(QStringLiteral("ticketChannel"));
    m_notes->setObjectName(QStringLiteral("ticketNotes"));
    m_summary->setObjectName(QStringLiteral("ticketSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->hide();
    // A long name must not widen the narrow window: the label is clipped, its tooltip has it all.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(Theme::lines(m_notes, 4.3));
    m_notes->setMaximumHeight(Theme::lines(m_notes, 8.5));
    for (int i = 0; i < 3; ++i)
        m_language->addItem(QString());
    m_language->setItemData(0, QString());
    m_language->setItemData(1, QStringLiteral("fr-FR"));
    m_language->setItemData(2, QStringLiteral("en-GB"));
    for (const char *c : {"phone", "email", "chat"}) {
        m_channel->addItem(QString());
        m_channel->setItemData(m_channel->count() - 1, QString::fromLatin1(c));
    }

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TicketCard::ticketChanged);
    const auto restart = [this] { m_debounce->start(); };
    connect(m_notes, &QPlainTextEdit::textChanged, this, restart);
    connect(m_name, &QLineEdit::textChanged, this, restart);
    connect(m_account, &QLineEdit::textChanged, this, restart);
    connect(m_language, &QComboBox::currentIndexChanged, this, restart);
    connect(m_channel, &QComboBox::currentIndexChanged, this, restart);
    connect(m_name, &QLineEdit::textChanged, this, &TicketCard::updateSummary);
    connect(m_account, &QLineEdit::textChanged, this, &TicketCard::updateSummary);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_name, 3);
    row1->addWidget(m_account, 2);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_language, 1);
    row2->addWidget(m_channel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::em(this, 0.3));
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    retranslate();
}

QString TicketCard::text() const
{
    return m_notes->toPlainText();
}

QString TicketCard::locale() const
{
    return m_language->currentData().toString();
}

QString TicketCard::channel() const
{
    return m_channel->currentData().toString();
}

QMap<QString, QString> TicketCard::fields() const
{
    return TicketFields::fromCustomer(m_name->text(), m_account->text());
}

void TicketCard::setText(const QString &text)
{
    m_notes->setPlainText(text);
}

void TicketCard::setCustomerName(const QString &name)
{
    m_name->setText(name);
}

void TicketCard::setAccount(const QString &account)
{
    m_account->setText(account);
}

void TicketCard::setChannel(const QString &channel)
{
    const int i = m_channel->findData(channel);
    if (i >= 0)
        m_channel->setCurrentIndex(i);
}

void TicketCard::setLocale(const QString &locale)
{
    const int i = m_language->findData(locale);
    m_language->setCurrentIndex(i >= 0 ? i : 0);
}

void TicketCard::clear()
{
    m_name->clear();
    m_account->clear();
    m_notes->clear();
    m_language->setCurrentIndex(0);
}

void TicketCard::focusNotes()
{
    m_notes->setFocus(Qt::ShortcutFocusReason);
}

TicketCard::Snapshot TicketCard::snapshot() const
{
    return {m_name->text(), m_account->text(), locale(), channel(), text()};
}

void TicketCard::restore(const Snapshot &snapshot)
{
    m_name->setText(snapshot.name);
    m_account->setText(snapshot.account);
    setLocale(snapshot.locale);
    setChannel(snapshot.channel);
    m_notes->setPlainText(snapshot.text);
}

void TicketCard::setCompact(bool compact)
{
    m_compact = compact;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_account, m_language, m_channel})
        w->setVisible(!compact);
    m_notes->setMaximumHeight(Theme::lines(m_notes, compact ? 6.5 : 8.5));
    updateSummary();
}

void TicketCard::updateSummary()
{
    QStringList parts;
    if (!m_name->text().trimmed().isEmpty())
        parts << m_name->text().simplified();
    if (!m_account->text().trimmed().isEmpty())
        parts << m_account->text().trimmed();
    const QString summary = parts.join(QStringLiteral(" · "));
    m_summary->setText(summary);
    m_summary->setToolTip(summary);
    m_summary->setVisible(m_compact && !summary.isEmpty());
}

void TicketCard::retranslate()
{
    m_name->setPlaceholderText(tr("Customer name"));
    m_name->setAccessibleName(tr("Customer name"));
    m_account->setPlaceholderText(tr("Account or contract no."));
    m_account->setAccessibleName(tr("Account or contract number"));
    m_language->setItemText(0, tr("Language: detect"));
    m_language->setItemText(1, QStringLiteral("Français"));
    m_language->setItemText(2, QStringLiteral("English"));
    m_language->setAccessibleName(tr("Customer's language"));
    m_channel->setItemText(0, tr("Phone"));
    m_channel->setItemText(1, tr("E-mail"));
    m_channel->setItemText(2, tr("Chat"));
    m_channel->setAccessibleName(tr("Channel"));
    m_notes->setPlaceholderText(tr("Ticket notes: type what the customer says…"));
    m_notes->setAccessibleName(tr("Ticket notes"));
    m_summary->setAccessibleName(tr("Customer"));
}

void TicketCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace souffleur
