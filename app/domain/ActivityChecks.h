#pragma once

#include "Register.h"

#include <QList>
#include <QString>

namespace pc {

// One thing to say about a processing activity before it is saved: an error
// keeps it from being saved, a warning is what an auditor would ask about.
struct ActivityFinding
{
    enum class Severity { Error, Warning };
    enum class Field { Name, Reference, Purposes, SubjectCategories, DataCategories, Transfers, Retention, Dpia, Approval };
    Severity severity;
    Field field;
    QString message;     // translated
};

// Checks an activity against GDPR Art. 30(1) and the usual audit questions.
// Pure: the categories and processors it refers to are passed in.
QList<ActivityFinding> checkActivity(const ProcessingActivity &activity, const QList<DataCategory> &dataCategories);

bool hasErrors(const QList<ActivityFinding> &findings);

} // namespace pc
