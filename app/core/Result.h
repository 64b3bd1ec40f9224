#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pc {

// An error a user can cause or meet (a bad file, an unreachable server, a date
// out of range). The message is already translated and fit to show as it is.
struct Error
{
    QString message;
    // Someone else changed the record since it was read: the caller may
    // offer to merge rather than only say so.
    bool conflict = false;
};

// Either a value or an Error: failures a user can cause are values, not
// exceptions, so every caller has to decide what to show.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_data(std::move(value)) {}           // NOLINT: implicit by design
    Result(Error error) : m_data(std::move(error)) {}       // NOLINT: implicit by design

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // By value: `for (x : repository.list().value())` must not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// A Result that carries no value.
struct Done
{
};
using Status = Result<Done>;

inline Status success() { return Done{}; }

} // namespace pc
