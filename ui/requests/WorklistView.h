#pragma once

#include "dpia/DpiaFollowUp.h"
#include "requests/Worklist.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pc {

class Database;

// The open requests, soonest due first: how many days are left (calendar
// and working days under each request's law), whether the clock waits for
// the person, and who handles each one. Opening a row shows the request.
class WorklistView final : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads the open requests again, of one organization (0: all).
    void refresh(RowId organizationId);
    const QList<WorkItem> &items() const { return m_items; }

    const QList<dpia::FollowUpItem> &assessments() const { return m_assessments; }

Q_SIGNALS:
    void requestOpened(pc::RowId id, const QString &reference);
    void assessmentOpened(pc::RowId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillAssignees();
    void showItems();
    void showAssessments();

    Database *m_db = nullptr;
    RowId m_organizationId = 0;
    QList<WorkItem> m_items;
    QString m_error;
    QLabel *m_title = nullptr;
    QLabel *m_whoseCaption = nullptr;
    QComboBox *m_whose = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    // The impact assessments' reviews and actions due within 30 days or late.
    QList<dpia::FollowUpItem> m_assessments;
    QLabel *m_assessmentsTitle = nullptr;
    QTableWidget *m_assessmentsTable = nullptr;
};

} // namespace pc
