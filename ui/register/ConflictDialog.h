#pragma once

#include "RecordEditor.h"

#include <QDialog>
#include <QSet>

class QTableWidget;

namespace pc {

// Someone else saved the record while the officer was editing it: each
// field where the two versions differ, theirs beside the officer's, and
// which to keep — a field only they changed takes theirs, one only the
// officer changed keeps the officer's, one both changed is the officer's
// to decide. Nothing is overwritten without being shown.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QList<RecordEditor::FieldVersions> &rows, const QString &changedBy, QWidget *parent = nullptr);

    // The rows whose officer's value is kept.
    QSet<int> keptMine() const;
    // Chooses for a row (by its key): true keeps the officer's value.
    void choose(int key, bool mine);

private:
    QList<RecordEditor::FieldVersions> m_rows;
    QTableWidget *m_table = nullptr;
};

} // namespace pc
