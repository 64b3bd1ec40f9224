#include "SignIn.h"

#include "storage/CaseRepository.h"
#include "storage/Migrations.h"

namespace pc {

Result<std::unique_ptr<Database>> openSignedIn(ConnectionSpec spec, OpenMode mode, const SignIn &how)
{
    auto db = openUpToDate(spec, mode);
    if (!db && spec.isPostgresql() && spec.password.isEmpty() && db.error().is(Error::Kind::Authentication)
        && how.askPassword) {
        const std::optional<QString> password = how.askPassword(spec);
        if (!password)
            return db.error();
        spec.password = *password;
        db = openUpToDate(spec, mode);
    }
    if (!db)
        return db.error();
    if (how.recordLocalUser && mode != OpenMode::ReadOnly && !db.value()->isPostgresql()) {
        if (auto user = CaseRepository(*db.value()).ensureLocalUser(db.value()->actor()); !user)
            return user.error();
    }
    return db;
}

} // namespace pc
