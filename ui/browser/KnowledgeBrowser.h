// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/KnowledgeService.h"

#include <QSplitter>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace souffleur {

class CategoryTreeModel;
class ItemListModel;
class ItemView;

// The knowledge base browser: the category tree, the items of the chosen category (or the search results)
// grouped by kind, and the chosen item. It asks the KnowledgeService for everything and drops answers that a newer
// request has overtaken. The search field is its own; the window places it in its tool bar.
class KnowledgeBrowser final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBrowser)
public:
    KnowledgeBrowser(KnowledgeService &knowledge, const QString &contentLocale, QWidget *parent = nullptr);
    ~KnowledgeBrowser() override;

    QLineEdit *searchEdit() const { return m_search; }
    ItemView *itemView() const { return m_itemView; }
    ItemListModel *itemModel() const { return m_items; }
    // Reads the category tree and counts anew (overviewLoaded() then); keeps the chosen category and search.
    void reload();
    // The content changed: the tree, the list and the shown item anew.
    void refresh();
    // The agent's language changed: list and item in the new one.
    void setContentLocale(const QString &locale);
    void refreshChangedMarks();
    void retranslate();

public slots:
    void showItem(const QString &itemId);
    void selectCategory(const QString &categoryId);

signals:
    void overviewLoaded(const souffleur::KnowledgeCounts &counts);
    // Words for a message box: the knowledge base could not be read.
    void readFailed(const QString &message);

private:
    void onCategoryChosen();
    void onItemChosen();
    // Shows an item, or, when `preferredLocale` is given, its translation in that locale if there is one.
    void showItemVariant(const QString &itemId, const QString &preferredLocale);
    void runSearch();

    KnowledgeService &m_knowledge;
    QString m_contentLocale;
    QString m_defaultLocale;
    QString m_categoryId;
    quint64 m_searchGeneration = 0;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTreeView *m_categoryView = nullptr;
    QTreeView *m_itemListView = nullptr;
    QLabel *m_listTitle = nullptr;
    ItemView *m_itemView = nullptr;
    CategoryTreeModel *m_categories = nullptr;
    ItemListModel *m_items = nullptr;
};

} // namespace souffleur
