#include "People.h"

namespace pc {

QString DataSubject::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

QString personLabel(const QString &firstName, const QString &lastName, const QString &email, const QString &reference)
{
    const QString name = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? reference : email;
}

} // namespace pc
