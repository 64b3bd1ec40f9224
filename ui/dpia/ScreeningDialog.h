#pragma once

#include "dpia/Screening.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pc {

class Database;
class DateField;

// Whether an activity needs an impact assessment: the nine criteria, each
// ticked where the register already points to it (with its reason) for the
// officer to confirm or undo, the authority's lists where it has them, and
// the result as it follows, kept with its day and who screened.
class ScreeningDialog final : public QDialog
{
    Q_OBJECT
public:
    ScreeningDialog(Database &db, RowId activityId, QWidget *parent = nullptr);
    // Empty when the dialog can be used; else why not (shown by the caller).
    QString problem() const { return m_problem; }
    dpia::Screening screening() const;

private:
    void updateResult();

    RowId m_activityId = 0;
    QString m_jurisdiction;
    QString m_problem;
    QList<QPair<dpia::Criterion, QCheckBox *>> m_criteria;
    QList<QLineEdit *> m_notes;
    QListWidget *m_lists = nullptr;
    QLabel *m_result = nullptr;
    DateField *m_on = nullptr;
    QLineEdit *m_by = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace pc
