#pragma once

#include "core/Result.h"
#include "domain/RecordChecks.h"
#include "domain/Register.h"

#include <QHash>
#include <QListWidget>
#include <QWidget>

#include <QSet>
#include <QVariant>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QUndoCommand;

namespace pc {

class Database;
class DateField;

// What an undo command tells the window after it wrote: which record to show
// (0: none) and, when it failed, why.
using RecordNotifier = std::function<void(RowId id, const QString &error)>;

// The form beside a register's table: it edits a copy of one record, shows
// what is wrong or missing under the field concerned as it is typed, and
// turns a save or a deletion into an undoable command. The window drives
// every register's form through this interface.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecordEditor(QWidget *parent = nullptr);

    // One row of the form in three versions of a record: as read before,
    // as the officer has it, as someone else saved it meanwhile.
    struct FieldVersions
    {
        int key = 0;
        QString caption;
        QString base, mine, theirs;
        QVariant mineState;
    };


    void setDatabase(Database *db) { m_db = db; }
    // Shows records without letting them be changed (a viewer's role, a
    // database opened for reading): the form is greyed out.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Shows the stored record; an error when it cannot be read.
    virtual Status load(RowId id) = 0;
    // A blank record of the organization.
    virtual Status startNew(RowId organizationId) = 0;
    // A copy of the record shown, not saved yet.
    virtual Status startDuplicate() = 0;
    // Shows nothing and disables the form.
    virtual void clear() = 0;

    virtual RowId recordId() const = 0;
    virtual QString recordLabel() const = 0;
    virtual bool isModified() const = 0;
    // The first error that keeps the record from being saved; empty when none.
    virtual QString blockingProblem() const = 0;
    // Writes the record and returns the command that undoes it, or why it
    // could not be written (nothing is written then).
    virtual Result<QUndoCommand *> save(RecordNotifier notify) = 0;
    // Removes the record shown, the same way.
    virtual Result<QUndoCommand *> remove(RecordNotifier notify) = 0;
    // Where the cursor goes in a new record.
    virtual QWidget *firstField() const = 0;

    // The form's sections, in order, for an index to jump between them
    // (empty when the form has none).
    QStringList sectionKeys() const;
    QString sectionTitle(const QString &key) const;
    // Scrolls the form so the section starts at its top; `focus` puts the
    // cursor in its first field.
    void showSection(const QString &key, bool focus = false);
    // The section last chosen, or at the top of the form as the officer scrolled it.
    QString currentSection() const;

Q_SIGNALS:
    void saveRequested();
    void modifiedChanged(bool modified);
    // The stored record changed by an action recorded at once, outside the
    // form's save (a request's step, a letter sent): show it again.
    void changedOutside(RowId id);
    // The form scrolled to another section, or the sections were renamed.
    void sectionChanged(const QString &key);
    void sectionsRetitled();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    virtual void recheck() = 0;

    // Starts a section of the form: a heading over the rows added after it.
    void addSection(const QString &key);
    void setSectionTitle(const QString &key, const QString &title);
    // Builds the form: a caption, the field and, under it, its problems.
    // Rows without findings of their own use keys past their record's field enum.
    // A wide row puts the caption above a field that takes the whole width (a table).
    void addRow(int key, QWidget *field, QLayout *below = nullptr, bool wide = false);
    void setCaptions(const QHash<int, QString> &captions);
    // Calls recheck() whenever the field changes.
    void watch(QWidget *field);
    DateField *addDateRow(int key, bool withTime = false);
    // A field of several lines that Tab leaves, as the other fields.
    static QPlainTextEdit *textArea(const char *name, int maximumHeight);
    QComboBox *codeCombo(int codeList, bool allowEmpty);
    // Keeps the selection by code when the labels change language.
    static void fillCodes(QComboBox *combo, int codeList, bool allowEmpty, const QString &selected);
    static void selectData(QComboBox *combo, const QVariant &value);
    // A list of ticks: each item shows its label and keeps its value
    // (an id, a code). Filling it signals no change.
    template<typename T>
    static void fillChecklist(QListWidget *list, const QList<QPair<T, QString>> &items, const QList<T> &checked)
    {
        const QSignalBlocker blocker(list);
        list->clear();
        for (const auto &[value, label] : items) {
            auto *item = new QListWidgetItem(label, list);
            item->setData(Qt::UserRole, QVariant::fromValue(value));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // The values of the ticked items, in the list's order.
    template<typename T>
    static QList<T> checkedValues(const QListWidget *list)
    {
        QList<T> values;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                values << list->item(i)->data(Qt::UserRole).template value<T>();
        }
        return values;
    }
    // What one row of the form holds, to compare three versions of a record
    // and to put one back: the officer's, the stored one, and the one read
    // before. Plain fields (lines, texts, lists, dates, ticks, numbers) are
    // handled here; a form overrides these for a field of its own (a table).
    virtual QVariant fieldState(int key, QWidget *field) const;
    virtual void setFieldState(int key, QWidget *field, const QVariant &state);
    virtual QString fieldText(int key, QWidget *field) const;
    // Rows that show rather than hold the record (a request's case panel).
    void excludeFromMerge(int key) { m_unmerged.insert(key); }

    // The rows as the form holds them now (mine), then as it shows `base`
    // and `theirs`: those where mine and theirs differ. The form is left
    // showing theirs.
    QList<FieldVersions> compareRows(const std::function<void()> &showBase, const std::function<void()> &showTheirs);
    // Asks which rows keep the officer's value, naming who changed the
    // record meanwhile; nothing when the officer cancels.
    std::optional<QSet<int>> chooseMerge(const QList<FieldVersions> &rows, const QString &changedBy);
    // Puts the officer's values back in the rows kept.
    void keepMine(const QList<FieldVersions> &rows, const QSet<int> &kept);
    // Who last changed the stored row, and when, from the audit trail.
    QString lastChange(const char *table, RowId id) const;

    // Errors for the date fields whose text is not a date.
    QList<Finding> unreadableDates() const;
    // Shows findings under their fields and updates the save button.
    void showFindings(const QList<Finding> &findings, bool modified);
    QPushButton *saveButton() const { return m_save; }

    Database *m_db = nullptr;
    bool m_loading = false;
    bool m_readOnly = false;

private:
    QString sectionAtTop() const;

    QFormLayout *m_form = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<QPair<QString, QLabel *>> m_sections;
    QString m_shownSection;
    bool m_jumping = false;   // scrolled to a section chosen, not by the officer
    QPushButton *m_save = nullptr;
    QHash<int, QLabel *> m_captions;
    QHash<int, QWidget *> m_fields;
    QSet<int> m_unmerged;
    QHash<int, QLabel *> m_problems;
    QList<QPair<int, DateField *>> m_dates;
    bool m_wasModified = false;
};

} // namespace pc
