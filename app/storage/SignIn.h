#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <functional>
#include <memory>
#include <optional>

namespace pc {

// How a database is opened for work, the same way by the window and by the
// command line; only the way of asking for a password differs.
struct SignIn
{
    // Asked once, when a PostgreSQL server wants a password that neither the
    // address, PGPASSWORD nor ~/.pgpass gave; no answer gives up.
    std::function<std::optional<QString>(const ConnectionSpec &)> askPassword;
    // On an embedded database opened for writing, the person running the
    // application gets an account, so the audit trail has whom to name.
    bool recordLocalUser = true;
};

// Opens the database and brings its schema up to date (when writing). The
// password is asked for by what the server answered (its code), never by
// its words, which are in the user's language.
Result<std::unique_ptr<Database>> openSignedIn(ConnectionSpec spec, OpenMode mode, const SignIn &how);

} // namespace pc
