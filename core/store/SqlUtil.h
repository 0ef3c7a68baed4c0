// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <memory>

#include <initializer_list>

namespace souffleur::sql {

// Prepares `statement` on `db`, binds `values` positionally and executes it. The query is returned so callers
// can read rows; failures come back as an Error naming the statement.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// The first column of the first row (an invalid QVariant when there is no row); the statement is finished before
// returning, so it holds no read transaction open.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// Executes an already prepared query with the given values (for statements reused in a loop).
Result<void> run(QSqlQuery &query, std::initializer_list<QVariant> values);

Error toError(const QString &what, const QSqlError &error);

// Prepared statements kept for hot queries (the suggestion ranker runs the same few on every keystroke), keyed by
// their SQL text. Callers keep the text fixed (pad IN lists to a fixed size) and call finish() on the query once
// its rows are read, so that no read transaction stays open. One cache per connection and thread.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<QSqlQuery *> exec(const QString &statement, const QVariantList &values);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// `values` padded with empty strings to `size` entries (an empty string matches no id), and the matching
// "?,?,…" list.
QVariantList padded(QVariantList values, qsizetype size);
QString placeholders(qsizetype count);

} // namespace souffleur::sql
