#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pc {

// An error a user can cause or meet (a bad file, an unreachable server, a date
// out of range). The message is already translated and fit to show as it is.
//
// Its kind says what happened whatever language the message is in, for the
// caller that acts on it: ask for a password (authentication), offer to
// merge (conflict), say a record is still used (constraint)...
struct Error
{
    enum class Kind {
        Other,
        Connection,       // the server cannot be reached, or the connection was lost
        Authentication,   // a password wanted or refused, or a right the role lacks
        Conflict,         // someone else changed the record since it was read
        Constraint,       // the register's rules refuse it (a record still used, a duplicate)
        NotFound,         // what was asked for is not there
        BadInput,         // a value, a date or a file that is not what it should be
        Io,               // the disk or the database file cannot be read or written
    };

    QString message;
    Kind kind = Kind::Other;

    bool is(Kind k) const { return kind == k; }
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
