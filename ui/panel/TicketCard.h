// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace souffleur {

// The ticket being handled: the customer's fields and the agent's notes. Emits ticketChanged() once the agent
// pauses typing (debounced), so classification follows the notes without running on every key.
class TicketCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCard)
public:
    explicit TicketCard(QWidget *parent = nullptr);

    QString text() const;
    QString locale() const;   // "" (detect), fr-FR or en-GB
    QString channel() const;  // phone, email or chat
    // The values placeholders of replies can use (TicketFields::fromCustomer()).
    QMap<QString, QString> fields() const;

    void setText(const QString &text);
    void setCustomerName(const QString &name);
    void setAccount(const QString &account);
    void setChannel(const QString &channel);
    void setLocale(const QString &locale);
    void clear();
    void focusNotes();

    // Everything the card holds, to put a ticket aside and bring it back (hand-off, new ticket).
    struct Snapshot
    {
        QString name, account, locale, channel, text;
        bool isEmpty() const { return name.trimmed().isEmpty() && account.trimmed().isEmpty() && text.trimmed().isEmpty(); }
        bool operator==(const Snapshot &) const = default;
    };
    Snapshot snapshot() const;
    void restore(const Snapshot &snapshot);

    // Compact: only the notes, with the name and account on one line of text above them when there are any.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    static constexpr int debounceMs = 250;

signals:
    void ticketChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    QLineEdit *m_name;
    QLineEdit *m_account;
    QComboBox *m_language;
    QComboBox *m_channel;
    QPlainTextEdit *m_notes;
    QLabel *m_summary;
    QTimer *m_debounce;
    bool m_compact = false;
};

} // namespace souffleur
