// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "store/ContentRepository.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QHBoxLayout;
class QStackedWidget;

namespace souffleur {

class FeedbackBar;
class ProcedurePane;

// Shows one procedure, reply or article: title, status line, categories, buttons for its other language
// variants, and the body (procedure steps, reply with its placeholders marked, article rendered from Markdown).
class ItemView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemView)
public:
    explicit ItemView(QWidget *parent = nullptr);

    void showItem(const Item &item, const QList<ItemSummary> &variants, const QStringList &categoryPaths);
    void showMessage(const QString &message);
    // The default text when nothing is selected; it follows language changes.
    void showHint();
    QString currentItemId() const { return m_itemId; }
    QString bodyText() const;
    ProcedurePane *procedurePane() const { return m_procedure; }
    FeedbackBar *feedbackBar() const { return m_feedback; }

signals:
    void variantRequested(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_categories;
    QWidget *m_variantBar;
    QHBoxLayout *m_variantLayout;
    QStackedWidget *m_bodies;
    QTextBrowser *m_body;
    ProcedurePane *m_procedure;
    FeedbackBar *m_feedback;
    QString m_itemId;
    Item m_item;
    QList<ItemSummary> m_variants;
    QStringList m_categoryPaths;
    QString m_message;
    bool m_showingHint = false;
};

} // namespace souffleur
