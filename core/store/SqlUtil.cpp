// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlUtil.h"

namespace souffleur::sql {

Error toError(const QString &what, const QSqlError &error)
{
    return makeError(QStringLiteral("%1: %2").arg(what, error.text()));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return toError(QStringLiteral("Could not prepare \"%1\"").arg(statement.simplified().left(80)), query.lastError());
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return toError(QStringLiteral("Could not run \"%1\"").arg(statement.simplified().left(80)), query.lastError());
    return query;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

Result<void> run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    if (!query.exec())
        return toError(QStringLiteral("Could not run \"%1\"").arg(query.lastQuery().simplified().left(80)), query.lastError());
    return {};
}

} // namespace souffleur::sql
