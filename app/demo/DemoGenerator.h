#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace pc {

class Database;

struct DemoOptions
{
    // How many data subjects to spread over the five organizations.
    qint64 subjects = 300;
    // The day the demo is "today": request deadlines and retention countdowns
    // are placed around it. The same day and seed give the same database.
    QDate asOf = QDate::currentDate();
    quint64 seed = 20240501;
};

struct DemoSummary
{
    int organizations = 0;
    int activities = 0;
    int processors = 0;
    qint64 subjects = 0;
    qint64 consentEvents = 0;
    qint64 requests = 0;
    int breaches = 0;
};

// Fills a database with the five organizations whose published privacy
// policies the product was designed from (resources/demo/organizations.json),
// then a deterministic volume of people, consents and requests for them.
class DemoGenerator final
{
public:
    explicit DemoGenerator(Database &db) : m_db(db) {}

    // Reports progress as a share of the work done (0..1).
    void setProgressCallback(std::function<void(double)> callback) { m_progress = std::move(callback); }

    // Everything is written in one transaction: on any error nothing remains.
    Result<DemoSummary> generate(const DemoOptions &options);

private:
    Database &m_db;
    std::function<void(double)> m_progress;
};

} // namespace pc
