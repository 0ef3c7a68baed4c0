// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

} // namespace souffleur::sql
