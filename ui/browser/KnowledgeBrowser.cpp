// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/KnowledgeBrowser.h"

#include "models/CategoryTreeModel.h"
#include "models/ItemListModel.h"
#include "services/KnowledgeService.h"
#include "style/Theme.h"
#include "views/ItemView.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace souffleur {

namespace {

QList<ItemListEntry> toEntries(const QList<ItemSummary> &items)
{
    QList<ItemListEntry> out;
    for (const ItemSummary &s : items)
        out.append({s.kind, s.id, s.title, s.summary, s.locale});
    return out;
}

QList<ItemListEntry> toEntries(const QList<SearchHit> &hits)
{
    QList<ItemListEntry> out;
    for (const SearchHit &h : hits)
        out.append({h.kind, h.id, h.title, h.snippet, h.locale});
    return out;
}

} // namespace

// The browser's words keep the MainWindow translation context they had before it left the window, so that the
// existing translations still apply.

KnowledgeBrowser::KnowledgeBrowser(KnowledgeService &knowledge, const QString &contentLocale, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_knowledge(knowledge), m_contentLocale(contentLocale)
{
    setObjectName(QStringLiteral("mainSplitter"));
    m_categories = new CategoryTreeModel(this);
    m_items = new ItemListModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &KnowledgeBrowser::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
        m_itemListView->setFocus();
    });

    m_categoryView = new QTreeView(this);
    m_categoryView->setObjectName(QStringLiteral("categoryTree"));
    m_categoryView->setModel(m_categories);
    m_categoryView->setHeaderHidden(true);
    m_categoryView->setUniformRowHeights(true);
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgeBrowser::onCategoryChosen);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new QLabel(listPane);
    m_listTitle->setObjectName(QStringLiteral("listTitle"));
    m_listTitle->setWordWrap(true);
    const int margin = Theme::em(m_listTitle, 0.3);
    m_listTitle->setContentsMargins(margin, margin, margin, 0);
    m_itemListView = new QTreeView(listPane);
    m_itemListView->setObjectName(QStringLiteral("itemList"));
    m_itemListView->setModel(m_items);
    m_itemListView->setHeaderHidden(true);
    m_itemListView->setRootIsDecorated(false);
    m_itemListView->setItemsExpandable(false);
    m_itemListView->setUniformRowHeights(true);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_itemListView, 1);
    connect(m_itemListView->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgeBrowser::onItemChosen);
    connect(m_items, &QAbstractItemModel::modelReset, m_itemListView, [this] {
        m_itemListView->expandAll();
        // Indexes of the new list can equal those of the old one (same row, same group): forget the old current
        // item so that choosing the first item of the new list always opens it.
        m_itemListView->selectionModel()->clear();
    });

    m_itemView = new ItemView(this);
    connect(m_itemView, &ItemView::variantRequested, this, &KnowledgeBrowser::showItem);

    addWidget(m_categoryView);
    addWidget(listPane);
    addWidget(m_itemView);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setStretchFactor(2, 6);
    setSizes({240, 300, 560});
}

KnowledgeBrowser::~KnowledgeBrowser() = default;

void KnowledgeBrowser::retranslate()
{
    m_search->setPlaceholderText(QCoreApplication::translate("souffleur::MainWindow", "Search procedures, replies and articles (Ctrl+K)"));
    m_search->setAccessibleName(QCoreApplication::translate("souffleur::MainWindow", "Search"));
    m_categoryView->setAccessibleName(QCoreApplication::translate("souffleur::MainWindow", "Categories"));
    m_itemListView->setAccessibleName(QCoreApplication::translate("souffleur::MainWindow", "Items"));
    m_items->retranslate();
}

void KnowledgeBrowser::reload()
{
    m_knowledge.overview().then(this, [this](const Result<KnowledgeOverview> &r) {
        if (!r) {
            emit readFailed(r.error().message);
            return;
        }
        const QString previous = m_categoryId;
        m_defaultLocale = r->defaultLocale;
        m_categories->setCategories(r->categories, m_contentLocale, m_defaultLocale);
        m_categoryView->expandToDepth(0);
        emit overviewLoaded(r->counts);
        if (!previous.isEmpty()) {
            // Reselecting the category must not wipe a search the agent is in (a reload after a sync).
            const QString search = m_search->text();
            selectCategory(previous);
            if (!search.trimmed().isEmpty() && m_search->text() != search) {
                const QSignalBlocker block(m_search);
                m_search->setText(search);
                runSearch();
            }
        }
    });
}

void KnowledgeBrowser::refresh()
{
    reload();
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    else
        onCategoryChosen();
    if (!m_itemView->currentItemId().isEmpty())
        showItem(m_itemView->currentItemId());
    refreshChangedMarks();
}

void KnowledgeBrowser::setContentLocale(const QString &locale)
{
    if (locale == m_contentLocale)
        return;
    m_contentLocale = locale;
    m_categories->setLocale(locale);
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    else
        onCategoryChosen();
    if (!m_itemView->currentItemId().isEmpty())
        showItemVariant(m_itemView->currentItemId(), locale);
}

void KnowledgeBrowser::selectCategory(const QString &categoryId)
{
    const QModelIndex index = m_categories->indexOf(categoryId);
    if (index.isValid())
        m_categoryView->setCurrentIndex(index);
}

void KnowledgeBrowser::onCategoryChosen()
{
    const QModelIndex current = m_categoryView->currentIndex();
    if (!current.isValid())
        return;
    m_categoryId = current.data(CategoryTreeModel::IdRole).toString();
    if (!m_search->text().isEmpty()) {
        QSignalBlocker block(m_search);
        m_search->clear();
    }
    const quint64 generation = ++m_searchGeneration;
    m_knowledge.itemsInCategory(m_categoryId, m_contentLocale).then(this, [this, generation](const Result<QList<ItemSummary>> &r) {
        if (generation != m_searchGeneration)
            return;  // a newer category or search has been asked for since
        if (!r) {
            emit readFailed(r.error().message);
            return;
        }
        // Title and list change together: never a new title over the previous list.
        m_items->setEntries(toEntries(*r));
        m_listTitle->setText(r->isEmpty() ? m_categories->path(m_categoryId) + QLatin1Char('\n') + QCoreApplication::translate("souffleur::MainWindow", "Nothing in this category yet.")
                                          : m_categories->path(m_categoryId));
    });
}

void KnowledgeBrowser::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        onCategoryChosen();
        if (!m_categoryView->currentIndex().isValid()) {
            m_items->setEntries({});
            m_listTitle->clear();
        }
        return;
    }
    SearchQuery query;
    query.text = text;
    query.locale = m_contentLocale;
    query.limit = 50;
    const quint64 generation = ++m_searchGeneration;
    m_knowledge.search(query).then(this, [this, generation, text](const Result<QList<SearchHit>> &r) {
        if (generation != m_searchGeneration)
            return;
        if (!r) {
            m_listTitle->setText(QCoreApplication::translate("souffleur::MainWindow", "Search failed: %1").arg(r.error().message));
            m_items->setEntries({});
            return;
        }
        m_items->setEntries(toEntries(*r));
        m_listTitle->setText(r->isEmpty() ? QCoreApplication::translate("souffleur::MainWindow", "No results for “%1”.").arg(text)
                                          : QCoreApplication::translate("souffleur::MainWindow", "%n result(s) for “%1”", nullptr, int(r->size())).arg(text));
    });
}

void KnowledgeBrowser::onItemChosen()
{
    const QModelIndex current = m_itemListView->currentIndex();
    if (!current.isValid() || current.data(ItemListModel::IsGroupRole).toBool())
        return;
    showItem(current.data(ItemListModel::IdRole).toString());
}

void KnowledgeBrowser::showItem(const QString &itemId)
{
    showItemVariant(itemId, {});
}

void KnowledgeBrowser::showItemVariant(const QString &itemId, const QString &preferredLocale)
{
    m_knowledge.item(itemId, preferredLocale).then(this, [this](const Result<ItemDetails> &r) {
        if (!r) {
            m_itemView->showMessage(r.error().message);
            return;
        }
        if (!r->item) {
            m_itemView->showMessage(QCoreApplication::translate("souffleur::MainWindow", "This item no longer exists."));
            return;
        }
        QStringList paths;
        for (const QString &c : r->item->categories)
            paths.append(m_categories->path(c));
        m_itemView->showItem(*r->item, r->variants, paths);
    });
}

void KnowledgeBrowser::refreshChangedMarks()
{
    m_knowledge.changedItemIds().then(this, [this](const Result<QSet<QString>> &r) {
        if (r)
            m_items->setChangedIds(*r);
    });
}

} // namespace souffleur
