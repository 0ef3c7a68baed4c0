// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace souffleur {

// A human-readable failure: what went wrong, in words an admin or agent can act on, plus optional details
// (one line per problem, e.g. every validation error of a bundle with its location).
struct Error
{
    QString message;
    QStringList details;

    QString toString() const
    {
        if (details.isEmpty())
            return message;
        return message + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    }
};

// The one error convention of services and storage: a value or an Error (std::expected-style; GCC 12 in
// C++20 mode has no std::expected).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QStringList details = {})
{
    return Error{std::move(message), std::move(details)};
}

} // namespace souffleur
