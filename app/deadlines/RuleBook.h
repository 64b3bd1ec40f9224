#pragma once

#include "Deadlines.h"

#include "core/Result.h"

#include <QDate>
#include <QList>

#include <functional>

namespace pc {
class Database;
}

namespace pc::deadlines {

// Where a rule or a day off comes from.
enum class Source {
    Shipped,   // written in the application, from the law
    Kept,      // kept in the register by the officer
    Computed,  // a holiday of a calendar computed for any year
};

struct KeptRule
{
    JurisdictionRule rule;
    Source source = Source::Shipped;
};

struct ListedHoliday
{
    Holiday holiday;
    Source source = Source::Kept;
};

// The deadline rules and holiday lists of the register: the officer keeps
// the rules the law leaves to their reading (Tunisia, Vietnam) and the days
// off declared for a year. Each change runs in one transaction with the
// new due dates of the open requests it moves, and goes into the audit
// trail.
class RuleBook final
{
public:
    explicit RuleBook(Database &db) : m_db(db) {}

    // The rule deadlines are computed with: the officer's when kept, else the shipped one.
    Result<KeptRule> rule(const QString &jurisdiction);
    // Replaces the officer's rule of a jurisdiction whose rule is theirs to
    // keep; returns how many open requests got a new due date.
    Result<int> saveRule(const JurisdictionRule &rule, const QDate &today);
    // Forgets the officer's rule: the shipped one applies again.
    Result<int> restoreShippedRule(const QString &jurisdiction, const QDate &today);

    // The days off of one year: computed ones (read-only) and listed ones, by date.
    Result<QList<ListedHoliday>> holidays(const QString &jurisdiction, int year);
    // Replaces the days listed for a jurisdiction in one year.
    Result<int> saveHolidays(const QString &jurisdiction, int year, const QList<Holiday> &listed, const QDate &today);

    // What is wrong with a rule, translated; empty when it can be saved.
    static QStringList problems(const JurisdictionRule &rule);
    static QStringList problems(int year, const QList<Holiday> &listed);

private:
    // Runs a change and gives the open requests their new due dates, in one
    // transaction; returns how many moved.
    Result<int> changeAndRecompute(const QDate &today, const std::function<Status()> &change);

    Database &m_db;
};

} // namespace pc::deadlines
