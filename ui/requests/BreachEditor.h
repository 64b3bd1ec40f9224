#pragma once

#include "register/EntityEditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QSpinBox;

namespace pc {

// The form of one entry of the breach register (GDPR Art. 33(5)): what
// happened and when, who and what it touched, the risk, and when the
// authority and the people were told.
class BreachEditor final : public EntityEditor<Breach>
{
    Q_OBJECT

public:
    explicit BreachEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

Q_SIGNALS:
    // The officer asks to write the breach's next notification to the authority.
    void noticeRequested(RowId breachId);
    // The officer asks to write the letters to the people concerned (Art. 34).
    void lettersRequested(RowId breachId);

protected:
    Status showRecord(const Breach &breach) override;
    Breach edited() const override;
    QList<Finding> check(const Breach &breach) const override;
    Status prepareNew(Breach &breach) override;
    Status prepareCopy(Breach &copy) override;
    void retranslateUi() override;

private:
    void showTimeline(const Breach &breach);
    void fillEvidence();
    void attachEvidence();
    void showEvidence(bool view);

    QLineEdit *m_reference = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    DateField *m_occurred = nullptr;
    DateField *m_aware = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_status = nullptr;
    DateField *m_authorityNotified = nullptr;
    QLineEdit *m_authorityReference = nullptr;
    DateField *m_subjectsNotified = nullptr;
    QLineEdit *m_dataCategories = nullptr;
    QSpinBox *m_subjects = nullptr;
    QSpinBox *m_records = nullptr;
    QPlainTextEdit *m_consequences = nullptr;
    QPlainTextEdit *m_measures = nullptr;
    QCheckBox *m_natures[3] = {};
    QLineEdit *m_cause = nullptr;
    QLineEdit *m_subjectCategories = nullptr;
    DateField *m_contained = nullptr;
    DateField *m_closed = nullptr;
    QPlainTextEdit *m_delayReason = nullptr;
    QPlainTextEdit *m_noNotification = nullptr;
    QPlainTextEdit *m_advice = nullptr;
    QPlainTextEdit *m_notInformed = nullptr;
    QLabel *m_timeline = nullptr;
    QPushButton *m_notify = nullptr;
    QPushButton *m_letters = nullptr;
    QLabel *m_told = nullptr;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_viewEvidence = nullptr;
    QPushButton *m_saveEvidence = nullptr;
};

} // namespace pc
