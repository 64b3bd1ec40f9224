#pragma once

#include "register/EntityEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pc {

class CasePanel;

// The form of one rights request: who asks for what, how it arrived, the
// dates its deadline counts from, the identity check, and how it ended.
class RequestEditor final : public EntityEditor<RightsRequest>
{
    Q_OBJECT

public:
    explicit RequestEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    Status showRecord(const RightsRequest &request) override;
    RightsRequest edited() const override;
    QList<Finding> check(const RightsRequest &request) const override;
    Status prepareNew(RightsRequest &request) override;
    Status prepareCopy(RightsRequest &copy) override;
    void retranslateUi() override;
    void recheck() override;

private:
    void fillTypes(const QStringList &checked);
    // The officers a request can be given to, and whoever has it now.
    void fillAssignees(RowId assigneeId);
    // The due dates the law gives the request as it stands in the form.
    void updateDeadlines();
    void explainDeadlines(const RightsRequest &request);

    CasePanel *m_case = nullptr;
    QLineEdit *m_reference = nullptr;
    QListWidget *m_types = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QLineEdit *m_language = nullptr;
    QLabel *m_subject = nullptr;
    QLineEdit *m_requesterName = nullptr;
    QLineEdit *m_requesterEmail = nullptr;
    QPlainTextEdit *m_requesterAddress = nullptr;
    QCheckBox *m_requesterIsSubject = nullptr;
    DateField *m_letter = nullptr;
    DateField *m_received = nullptr;
    DateField *m_due = nullptr;
    DateField *m_extendedDue = nullptr;
    QLabel *m_dueWhy = nullptr;
    QLineEdit *m_extensionReason = nullptr;
    DateField *m_extensionNotified = nullptr;
    DateField *m_identityRequested = nullptr;
    DateField *m_identityReceived = nullptr;
    QListWidget *m_activities = nullptr;
    DateField *m_closed = nullptr;
    QLineEdit *m_outcome = nullptr;
    QPlainTextEdit *m_refusal = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace pc
