#include "RecordCommands.h"

#include <QCoreApplication>

namespace pc::commandtext {
namespace {

struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(pc::RecordCommands)
};

} // namespace

QString added(const QString &label)
{
    return CommandText::tr("Add “%1”").arg(label);
}

QString edited(const QString &label)
{
    return CommandText::tr("Edit “%1”").arg(label);
}

QString deleted(const QString &label)
{
    return CommandText::tr("Delete “%1”").arg(label);
}

QString imported(const QString &fileName)
{
    return CommandText::tr("Import the register “%1”").arg(fileName);
}

} // namespace pc::commandtext
