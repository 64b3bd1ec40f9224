#pragma once

#include "Register.h"

namespace pc {

struct User
{
    RowId id = 0;
    QString username;
    QString displayName;
    QString email;
    QString role = QStringLiteral("officer");
    bool active = true;
};

// One line of the audit trail. Before/after are JSON objects of the row.
struct AuditEntry
{
    RowId id = 0;
    QDateTime occurredAt;
    QString actor;
    QString action;                // insert, update, delete, login, logout, ...
    QString tableName;
    RowId rowId = 0;
    QString beforeJson;
    QString afterJson;
    QString detail;
};

} // namespace pc
