#pragma once

#include "consent/ConsentImport.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

class Database;

// Imports consent events from a CSV file: the organization, the file, which
// column holds what (guessed from the header, changeable), then every line
// checked and shown — new, already recorded, or the reason it cannot be
// imported — before anything is written. Import adds the new lines in one
// transaction; importing the same file again adds nothing.
class ConsentImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ConsentImportDialog(Database &db, RowId organizationId, QWidget *parent = nullptr);

    // Reads a file (also what the File… button does); false with the reason
    // shown when it cannot be read.
    bool loadFile(const QString &path);
    const consent::ImportPreview &preview() const { return m_preview; }
    int imported() const { return m_imported; }

private:
    void chooseFile();
    void mappingChanged();
    void refreshPreview();
    void import();

    Database &m_db;
    QString m_fileName;
    consent::CsvTable m_table;
    consent::ImportPreview m_preview;
    int m_imported = 0;
    QComboBox *m_organization = nullptr;
    QLabel *m_file = nullptr;
    QMap<consent::Field, QComboBox *> m_columns;
    QLabel *m_summary = nullptr;
    QTableWidget *m_lines = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace pc
