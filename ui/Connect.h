#pragma once

#include "core/Result.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <memory>

class QWidget;

namespace pc {

// Opens a database for the window: brings its schema up to date, asks for the
// PostgreSQL password when the server wants one that PGPASSWORD or ~/.pgpass
// did not give, and on an embedded database makes sure the person running the
// application has an account.
Result<std::unique_ptr<Database>> connectInteractively(QWidget *parent, ConnectionSpec spec, OpenMode mode);

} // namespace pc
