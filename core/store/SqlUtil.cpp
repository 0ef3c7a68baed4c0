// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlUtil.h"

namespace souffleur::sql {

Error toError(const QString &what, const QSqlError &error)
{
    return makeError(QStringLiteral("%1: %2").arg(what, error.text()));
}

// A null QString would bind as SQL NULL; text columns are NOT NULL with '' for "none", so a null string binds as
// ''. An invalid QVariant() still binds as NULL, for the columns where NULL means something (a root's parent).
static QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(u""_qs));
    return v;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return toError(QStringLiteral("Could not prepare \"%1\"").arg(statement.simplified().left(80)), query.lastError());
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    if (!query.exec())
        return toError(QStringLiteral("Could not run \"%1\"").arg(statement.simplified().left(80)), query.lastError());
    return query;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    auto q = exec(db, statement, values);
    if (!q)
        return q.error();
    const QVariant value = q->next() ? q->value(0) : QVariant();
    q->finish();
    return value;
}

Result<void> run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, bindable(v));
    if (!query.exec())
        return toError(QStringLiteral("Could not run \"%1\"").arg(query.lastQuery().simplified().left(80)), query.lastError());
    return {};
}

Result<QSqlQuery *> StatementCache::exec(const QString &statement, const QVariantList &values)
{
    auto it = m_queries.find(statement);
    if (it == m_queries.end()) {
        if (m_queries.size() > 64)
            m_queries.clear();  // a caller that varies its text: do not grow without bound
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return toError(QStringLiteral("Could not prepare \"%1\"").arg(statement.simplified().left(80)), query->lastError());
        it = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), bindable(values.at(i)));
    if (!query.exec())
        return toError(QStringLiteral("Could not run \"%1\"").arg(statement.simplified().left(80)), query.lastError());
    return &query;
}

QVariantList padded(QVariantList values, qsizetype size)
{
    while (values.size() < size)
        values.append(QString(u""_qs));
    return values;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace souffleur::sql
