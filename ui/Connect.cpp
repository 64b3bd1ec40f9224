#include "Connect.h"

#include "storage/SignIn.h"

#include <QCoreApplication>
#include "widgets/Dialogs.h"

namespace pc {
namespace {

struct ConnectText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Connect)
};

} // namespace

Result<std::unique_ptr<Database>> connectInteractively(QWidget *parent, ConnectionSpec spec, OpenMode mode)
{
    SignIn how;
    how.askPassword = [parent](const ConnectionSpec &server) -> std::optional<QString> {
        bool ok = false;
        const QString password = dialogs::getText(parent, ConnectText::tr("Sign in"),
                                                       ConnectText::tr("Password for %1:").arg(server.displayName()),
                                                       QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return password;
    };
    return openSignedIn(std::move(spec), mode, how);
}

} // namespace pc
