#pragma once

#include "register/EntityEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace pc {

class EvaluationField;
class MeasureList;
class QuestionField;
class RichTextEdit;
class RiskMap;

// The form of an impact assessment, in the CNIL method's four parts: the
// context, the fundamental principles, the risks (measures, then each risk's
// impacts, threats, sources, severity and likelihood) and the validation
// (risk map, action plan, opinions, decision and review). The method's
// guidance stands beside each question; every part carries its evaluation.
class DpiaEditor final : public EntityEditor<Dpia>
{
    Q_OBJECT

public:
    explicit DpiaEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;
    // A new assessment of an activity, its answers drawn from the register.
    Status startForActivity(RowId activityId);

    RiskMap *riskMap() const { return m_map; }

protected:
    Status showRecord(const Dpia &dpia) override;
    Dpia edited() const override;
    QList<Finding> check(const Dpia &dpia) const override;
    Status prepareNew(Dpia &dpia) override;
    Status prepareCopy(Dpia &copy) override;
    void retranslateUi() override;
    void recheck() override;

    QVariant fieldState(int key, QWidget *field) const override;
    void setFieldState(int key, QWidget *field, const QVariant &state) override;
    QString fieldText(int key, QWidget *field) const override;

private:
    void fillActivities(RowId organizationId, const QList<RowId> &checked);
    void updateChoices();
    void updateMapAndPlan();
    QList<DpiaEvaluation> evaluations(const Dpia &given) const;

    QLineEdit *m_name = nullptr;
    QListWidget *m_activities = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_evaluator = nullptr;
    QLineEdit *m_validator = nullptr;
    QLineEdit *m_category = nullptr;
    QList<QuestionField *> m_questions;
    QList<EvaluationField *> m_evaluations;
    MeasureList *m_measures = nullptr;
    RiskMap *m_map = nullptr;
    QTableWidget *m_plan = nullptr;
    QLineEdit *m_dpoNames = nullptr;
    QComboBox *m_dpoStatus = nullptr;
    RichTextEdit *m_dpoOpinion = nullptr;
    QLineEdit *m_peopleNames = nullptr;
    QCheckBox *m_peopleSought = nullptr;
    RichTextEdit *m_peopleNotSought = nullptr;
    QComboBox *m_peopleStatus = nullptr;
    RichTextEdit *m_peopleOpinion = nullptr;
    RichTextEdit *m_rejection = nullptr;
    RichTextEdit *m_adjustments = nullptr;
    DateField *m_decided = nullptr;
    DateField *m_review = nullptr;
    RowId m_shownOrganization = -1;
};

} // namespace pc
