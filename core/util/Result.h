#pragma once
// Result<T>: a value or a translated error. Core never throws across Qt; every workflow returns one.
#include <QString>
#include <optional>
#include <utility>

namespace certdesk {

enum class ErrorCode {
    None = 0,
    Invalid,   // bad input (validation); CLI exit 4
    NotFound,  // unknown user, serial, slot; CLI exit 3
    Conflict,  // already revoked, slot limit, duplicate login; CLI exit 5
    Locked,    // wrong CA passphrase / CA not unlocked; CLI exit 6
    Crypto,    // OpenSSL failure; CLI exit 7
    Database,  // SQL / storage failure; CLI exit 8
    Io,        // file system; CLI exit 9
    Cancelled, // user or caller cancelled; CLI exit 10
    // The signed-in operator's role may not do this, nobody is signed in, or the operator is locked or
    // disabled; CLI exit 11
    NotPermitted,
    // The connection to the database was lost (server restart, network) or cannot be made; nothing of the
    // operation was saved and trying again later may succeed; CLI exit 12
    Unavailable,
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // already translated, ready to show
    QString detail;  // technical detail (OpenSSL error queue, SQL driver text); never contains secrets
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, const QString& message, const QString& detail = {})
{
    return Error{code, message, detail};
}

} // namespace certdesk
