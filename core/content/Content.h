// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The knowledge content model (DESIGN.md section 2, docs/bundle-format.md): plain values shared by the store,
// the bundle reader/writer, search, classification and the UI.
namespace souffleur {

enum class ItemKind { Procedure, Reply, Article };
QString kindToString(ItemKind kind);
bool kindFromString(const QString &text, ItemKind *kind);

enum class StepType { Action, Question, Resolution, Escalation };
QString stepTypeToString(StepType type);
bool stepTypeFromString(const QString &text, StepType *type);

struct Answer
{
    QString label;
    QString next;
    bool operator==(const Answer &) const = default;
};

// One node of a procedure's flow graph.
struct Step
{
    QString id;
    StepType type = StepType::Action;
    QString text;
    QString next;            // action: the following step (may be empty)
    QList<Answer> answers;   // question
    QString escalateTo;      // escalation
    QStringList collect;     // escalation: what to gather before handing over
    bool operator==(const Step &) const = default;
};

// The versioned content of an item: what changes from one version to the next.
struct ItemContent
{
    QString title;
    QString summary;
    QList<Step> steps;  // procedure
    QString subject;    // reply (e-mail)
    QString body;       // reply text with placeholders, or article Markdown
    QString tone;       // reply
    bool operator==(const ItemContent &) const = default;
};

struct HistoryEntry
{
    int version = 1;
    QString updatedAt;  // ISO 8601, kept as text so that round trips are exact
    QString author;
    QString note;
    ItemContent content;
    bool operator==(const HistoryEntry &) const = default;
};

// A procedure, standard reply or article in one locale.
struct Item
{
    QString id;
    ItemKind kind = ItemKind::Article;
    QString locale;
    QString translationGroup;
    ItemContent content;
    QStringList categories;
    QStringList tags;
    QStringList channels;
    QString audience = QStringLiteral("internal");
    QString state = QStringLiteral("published");
    QString confidence = QStringLiteral("validated");
    int version = 1;
    QString owner;
    QString updatedAt;
    QString reviewedAt;
    int reviewIntervalDays = 365;
    QList<HistoryEntry> history;
    bool operator==(const Item &) const = default;

    // Whether the review date plus the interval lies before `today`.
    bool reviewOverdue(const QDate &today) const;
};

struct Category
{
    QString id;
    QString parent;
    int position = 0;
    QMap<QString, QString> names;          // locale -> name
    QMap<QString, QString> descriptions;   // locale -> text
    QMap<QString, QStringList> keywords;   // locale -> words
    QMap<QString, QStringList> examples;   // locale -> customer phrasings
    bool operator==(const Category &) const = default;

    // The name in `locale`, else in `fallback`, else any, else the id.
    QString name(const QString &locale, const QString &fallback = {}) const;
};

// A labeled example ticket for the classifier.
struct Ticket
{
    QString text;
    QString category;
    QString locale;
    bool operator==(const Ticket &) const = default;
};

// A whole knowledge base, as carried by a bundle.
struct KnowledgeBase
{
    QString name;
    QString defaultLocale;
    QStringList locales;
    QList<Category> categories;
    QList<Item> items;
    QList<Ticket> tickets;
    bool operator==(const KnowledgeBase &) const = default;
};

// Placeholders of a reply body: `{{customer.first_name|Madame, Monsieur}}`.
struct Placeholder
{
    qsizetype start = 0;   // offset of "{{"
    qsizetype length = 0;  // up to and including "}}"
    QString name;
    QString fallback;
    bool hasFallback = false;
};

// Every placeholder in `text`; a malformed one (unclosed, empty or invalid name) is reported in `problems`
// with its character offset.
QList<Placeholder> parsePlaceholders(const QString &text, QStringList *problems = nullptr);

} // namespace souffleur
