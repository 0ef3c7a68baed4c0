// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by PostgresHubStorage's source files only: its transaction guard, advisory lock keys and small helpers.
#pragma once

#include "hub/PostgresHubStorage.h"

#include <QUuid>

namespace souffleur::hub::pghub {

// Advisory lock keys (per database): one for the writers of the log, one for creating or upgrading the schema.
constexpr qint64 kLogLock = 0x536f7566'486c6f67;     // "SoufHlog"
constexpr qint64 kSchemaLock = 0x536f7566'53636d61;  // "SoufScma"

constexpr char kUniqueViolation[] = "23505";

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace souffleur::hub::pghub

namespace souffleur::hub {

// Begins on construction, rolls back unless committed.
class PostgresHubStorage::Transaction final
{
public:
    Transaction(PostgresHubStorage &storage, Mode mode) : m_storage(storage)
    {
        m_begun = storage.begin(mode);
        m_active = m_begun.ok();
    }
    ~Transaction()
    {
        if (m_active)
            m_storage.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit()
    {
        m_active = false;
        return m_storage.commit();
    }

private:
    PostgresHubStorage &m_storage;
    Result<void> m_begun;
    bool m_active = false;
};

} // namespace souffleur::hub
