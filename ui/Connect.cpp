#include "Connect.h"

#include "storage/CaseRepository.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace pc {
namespace {

struct ConnectText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Connect)
};

} // namespace

Result<std::unique_ptr<Database>> connectInteractively(QWidget *parent, ConnectionSpec spec, OpenMode mode)
{
    auto db = openUpToDate(spec, mode);
    if (!db && spec.isPostgresql() && spec.password.isEmpty() && db.error().is(Error::Kind::Authentication)) {
        bool ok = false;
        spec.password = QInputDialog::getText(parent, ConnectText::tr("Sign in"),
                                              ConnectText::tr("Password for %1:").arg(spec.displayName()),
                                              QLineEdit::Password, QString(), &ok);
        if (!ok)
            return db.error();
        db = openUpToDate(spec, mode);
    }
    if (!db)
        return db.error();
    if (!db.value()->isPostgresql()) {
        if (auto user = CaseRepository(*db.value()).ensureLocalUser(db.value()->actor()); !user)
            return user.error();
    }
    return db;
}

} // namespace pc
