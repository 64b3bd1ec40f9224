#pragma once

#include "retention/Purge.h"
#include "retention/RetentionDue.h"
#include "storage/ConnectionSpec.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

class Database;

// The retention countdown: every person and each rule that applies to them,
// the day its period ends, soonest first (those already ended at the top,
// in red), legal holds shown. Read in a thread of its own: a million people
// never hold the window. "Purge what is due" opens the purge's preview.
class RetentionView final : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionView(QWidget *parent = nullptr);
    ~RetentionView() override;

    void setDatabase(Database *db);
    void refresh(RowId organizationId);
    // Only an administrator purges; the others see what is due.
    void setMayPurge(bool may);
    bool isLoading() const { return m_loading; }
    const QList<retention::DuePurge> &items() const { return m_items; }

    // The most rows the table shows; the count says how many there are.
    static constexpr int kShownRows = 1000;

Q_SIGNALS:
    void loaded();
    void subjectOpened(pc::RowId subjectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Load
    {
        int generation = 0;
        QList<retention::DuePurge> items;
        qint64 total = 0;
        qint64 ended = 0;
        qint64 held = 0;
        QString error;
    };
    void retranslateUi();
    void showItems();
    void purge();

    Database *m_db = nullptr;
    RowId m_organizationId = 0;
    QList<retention::DuePurge> m_items;
    qint64 m_total = 0, m_ended = 0, m_held = 0;
    QString m_error;
    bool m_loading = false;
    int m_generation = 0;
    QThreadPool m_pool;
    QFutureWatcher<Load> m_watcher;
    QLabel *m_title = nullptr;
    QLabel *m_withinCaption = nullptr;
    QComboBox *m_within = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_purge = nullptr;
    QTableWidget *m_table = nullptr;
};

// The purge's preview, then the purge itself: who goes, under which rule,
// deleted or anonymised, with what (consent events, requests, documents);
// who is held and why. The plan and the purge run on connections of their
// own, the purge in one transaction; its report can be saved as PDF.
// Returns whether anything was purged.
bool runPurgeDialog(Database &db, RowId organizationId, QWidget *parent);

} // namespace pc
