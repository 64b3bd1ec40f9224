#pragma once

#include "domain/ActivityChecks.h"
#include "domain/Register.h"
#include "EntityEditor.h"


class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pc {

// What an activity can refer to in its organization.
struct ActivityChoices
{
    QList<SubjectCategory> subjectCategories;
    QList<DataCategory> dataCategories;
    QList<Processor> processors;
    QList<RetentionRule> retentionRules;
};

// The form of one entry of the processing register: every item of GDPR
// Art. 30(1), with pickers for what the organization already has, and what
// is wrong or missing shown next to the field as it is typed.
class ActivityEditor final : public EntityEditor<ProcessingActivity>
{
    Q_OBJECT

public:
    explicit ActivityEditor(QWidget *parent = nullptr);

    // Shows an activity with the choices given (no database needed).
    void setActivity(const ProcessingActivity &activity, const ActivityChoices &choices);
    // The activity as edited now.
    ProcessingActivity activity() const { return edited(); }
    const ProcessingActivity &original() const { return m_original; }
    bool isModified() const override;
    QList<ActivityFinding> findings() const;
    QWidget *firstField() const override;
    // Shows the activity's screening and assessment again (after one changed).
    void refreshDpiaState();

Q_SIGNALS:
    // The officer asks to screen the activity shown, or to open (or start) its assessment.
    void screeningRequested(RowId activityId);
    void dpiaRequested(RowId activityId);

protected:
    Status showRecord(const ProcessingActivity &activity) override;
    ProcessingActivity edited() const override;
    QList<Finding> check(const ProcessingActivity &activity) const override;
    Status prepareCopy(ProcessingActivity &copy) override;
    void retranslateUi() override;
    void recheck() override;
    // Its tables, put back whole when a merge keeps the officer's.
    QVariant fieldState(int key, QWidget *field) const override;
    void setFieldState(int key, QWidget *field, const QVariant &state) override;

private:
    void createFields();
    void layOutSections();
    void connectRowButtons();
    void fill(const ProcessingActivity &activity);
    void fillCodeCombos();
    void addPurposeRow(const Purpose &purpose);
    void addTransferRow(const Transfer &transfer);
    void addRecipientRow(const Recipient &recipient);
    // A code list in a cell, `characters` wide at least (longer labels are cut, whole in the tooltip).
    QComboBox *tableCombo(int list, const QString &value, bool allowEmpty, int characters = 30);

    ActivityChoices m_choices;

    QLineEdit *m_reference = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_client = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_purposes = nullptr;
    QListWidget *m_subjects = nullptr;
    QListWidget *m_data = nullptr;
    QTableWidget *m_recipients = nullptr;
    QListWidget *m_processors = nullptr;
    QTableWidget *m_transfers = nullptr;
    QComboBox *m_retention = nullptr;
    QLineEdit *m_retentionNote = nullptr;
    QPlainTextEdit *m_security = nullptr;
    QLineEdit *m_source = nullptr;
    QCheckBox *m_dpiaRequired = nullptr;
    QCheckBox *m_dpiaDone = nullptr;
    QDateEdit *m_dpiaDate = nullptr;
    QLabel *m_dpiaState = nullptr;
    QPushButton *m_screen = nullptr;
    QPushButton *m_openDpia = nullptr;
    QPushButton *m_addPurpose = nullptr;
    QPushButton *m_removePurpose = nullptr;
    QPushButton *m_addRecipient = nullptr;
    QPushButton *m_removeRecipient = nullptr;
    QPushButton *m_addTransfer = nullptr;
    QPushButton *m_removeTransfer = nullptr;
};

} // namespace pc
