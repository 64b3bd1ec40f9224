#include "PiaMethod.h"

#include "Dpia.h"

#include "core/Languages.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace pc::dpia {
namespace {

struct QuestionShape
{
    int id;
    AnswerKind kind;
};

// The tool's numbering: section, item, question.
const QList<QuestionShape> &shapes()
{
    static const QList<QuestionShape> all = [] {
        QList<QuestionShape> list;
        for (int id : {111, 112, 113, 121, 122, 123, 211, 212, 213, 214, 215, 221, 222, 223, 224, 225, 226, 227})
            list << QuestionShape{id, AnswerKind::Text};
        for (int risk : {320, 330, 340}) {
            for (int part = 1; part <= 4; ++part)
                list << QuestionShape{risk + part, AnswerKind::List};
            list << QuestionShape{risk + 5, AnswerKind::Gauge} << QuestionShape{risk + 6, AnswerKind::Gauge};
        }
        return list;
    }();
    return all;
}

} // namespace

PiaMethod::PiaMethod() : m_language(languages::current()) {}

PiaMethod::PiaMethod(const DocumentLanguage &language) : m_language(language) {}

const QList<int> &PiaMethod::questionIds()
{
    static const QList<int> ids = [] {
        QList<int> list;
        for (const QuestionShape &q : shapes())
            list << q.id;
        return list;
    }();
    return ids;
}

bool PiaMethod::isQuestion(int id)
{
    return questionIds().contains(id);
}

AnswerKind PiaMethod::kindOf(int id)
{
    for (const QuestionShape &q : shapes()) {
        if (q.id == id)
            return q.kind;
    }
    return AnswerKind::Text;
}

bool PiaMethod::isEvaluationReference(const QString &reference)
{
    static const QStringList items = {QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("3.2"),
                                      QStringLiteral("3.3"), QStringLiteral("3.4")};
    if (items.contains(reference))
        return true;
    static const QRegularExpression perQuestion(QStringLiteral("^2\\.([12])\\.(\\d{3})$"));
    const QRegularExpressionMatch m = perQuestion.match(reference);
    if (!m.hasMatch())
        return false;
    const int question = m.captured(2).toInt();
    return isQuestion(question) && question / 100 == 2 && (question / 10) % 10 == m.captured(1).toInt();
}

QString PiaMethod::sectionTitle(int section) const
{
    switch (section) {
    case 1: return tr("Context");
    case 2: return tr("Fundamental principles");
    case 3: return tr("Risks");
    case 4: return tr("Validation");
    }
    return QString();
}

QList<Section> PiaMethod::sections() const
{
    auto q = [this](int id) { return question(id); };
    QList<Section> list;

    Section context{1, sectionTitle(1),
                    tr("What the processing is, who answers for it, and what it holds: the ground every later part "
                       "stands on."),
                    {}};
    context.items << Item{1, 1, tr("Overview"), tr("Name the processing, what it is for and what is at stake."), false,
                          false, false, {q(111), q(112), q(113)}};
    context.items << Item{1, 2, tr("Data, processes and supporting assets"),
                          tr("Describe what is processed, how it moves from collection to erasure, and on what."), false,
                          false, false, {q(121), q(122), q(123)}};
    list << context;

    Section principles{2, sectionTitle(2),
                       tr("How the processing meets the principles of the law and lets people use their rights."), {}};
    principles.items << Item{2, 1, tr("Proportionality and necessity"),
                             tr("Show that the purposes, the basis, the data and the periods are no more than needed."),
                             true, false, false, {q(211), q(212), q(213), q(214), q(215)}};
    principles.items << Item{2, 2, tr("Controls protecting the data subjects' rights"),
                             tr("Show how people are told, asked, and able to exercise each of their rights, and how "
                                "processors and transfers are framed."),
                             true, false, false, {q(221), q(222), q(223), q(224), q(225), q(226), q(227)}};
    list << principles;

    Section risks{3, sectionTitle(3),
                  tr("What could happen to the data and to the people, given the measures in place or planned."), {}};
    risks.items << Item{3, 1, tr("Planned or existing measures"),
                        tr("List the measures that protect the data, each described as it is or will be applied."), true,
                        true, false, {}};
    for (const Risk &risk : this->risks()) {
        risks.items << Item{3, risk.item, risk.title,
                            tr("Say what the people would suffer, what could cause it and who, which measures answer it, "
                               "then how severe and how likely it is."),
                            false, false, true,
                            {q(risk.impacts), q(risk.threats), q(risk.sources), q(risk.measures), q(risk.severity),
                             q(risk.likelihood)}};
    }
    list << risks;

    Section validation{4, sectionTitle(4),
                       tr("The evaluation of each part, the action plan, the opinions sought and the decision."), {}};
    validation.items << Item{4, 1, tr("Risk map"), tr("Each risk placed by its severity and its likelihood."), false,
                             false, false, {}};
    validation.items << Item{4, 2, tr("Action plan"),
                             tr("The measures still to take, who takes them and by when."), false, false, false, {}};
    validation.items << Item{4, 3, tr("Opinions of the DPO and of the data subjects"),
                             tr("What the data protection officer advises, and what the people concerned or their "
                                "representatives said, or why they were not asked."),
                             false, false, false, {}};
    validation.items << Item{4, 4, tr("Decision"),
                             tr("The controller's decision on the processing, and when the assessment is to be reviewed."),
                             false, false, false, {}};
    list << validation;
    return list;
}

QList<Risk> PiaMethod::risks() const
{
    return {
        Risk{2, tr("Illegitimate access to data"), 321, 322, 323, 324, 325, 326},
        Risk{3, tr("Unwanted modification of data"), 331, 332, 333, 334, 335, 336},
        Risk{4, tr("Data disappearance"), 341, 342, 343, 344, 345, 346},
    };
}

Question PiaMethod::question(int id) const
{
    if (!isQuestion(id))
        return Question{};
    Question q{id, kindOf(id), {}, {}};
    switch (id) {
    case 111:
        q.title = tr("What is the processing under consideration?");
        q.guidance = tr("Give its name, its purposes, what is at stake for the organization and for the people, and the "
                        "setting in which it is used.");
        break;
    case 112:
        q.title = tr("Who is responsible for the processing?");
        q.guidance = tr("Name the controller, any joint controller and the processors, and what each answers for.");
        break;
    case 113:
        q.title = tr("Which standards apply to the processing?");
        q.guidance = tr("Codes of conduct, certifications, sector rules or reference frameworks the processing follows.");
        break;
    case 121:
        q.title = tr("What data are processed?");
        q.guidance = tr("Each kind of data with who receives it and how long it is kept.");
        break;
    case 122:
        q.title = tr("What is the life cycle of the data and of the processes?");
        q.guidance = tr("From collection to erasure: each step, what it does with the data, and where the data go.");
        break;
    case 123:
        q.title = tr("On which assets do the data rest?");
        q.guidance = tr("Applications, databases, servers, networks, paper, people and premises that hold or carry the "
                        "data at each step.");
        break;
    case 211:
        q.title = tr("Are the purposes specified, explicit and legitimate?");
        q.guidance = tr("Say why each purpose is precise, stated to the people and lawful.");
        break;
    case 212:
        q.title = tr("On which legal basis does the processing rest?");
        q.guidance = tr("Consent, contract, legal obligation, vital interests, public task or legitimate interests, for "
                        "each purpose.");
        break;
    case 213:
        q.title = tr("Are the data adequate, relevant and limited to what is necessary?");
        q.guidance = tr("For each item of data, why the purpose needs it (data minimisation).");
        break;
    case 214:
        q.title = tr("Are the data accurate and kept up to date?");
        q.guidance = tr("How the data are checked, corrected and kept current.");
        break;
    case 215:
        q.title = tr("How long are the data kept?");
        q.guidance = tr("The period of each kind of data and what justifies it: a law, the purpose, a limitation period.");
        break;
    case 221:
        q.title = tr("How are the people informed of the processing?");
        q.guidance = tr("What they are told, when, and by which means.");
        break;
    case 222:
        q.title = tr("Where consent is the basis, how is it obtained?");
        q.guidance = tr("How consent is asked, recorded, and withdrawn as easily as it was given.");
        break;
    case 223:
        q.title = tr("How can people exercise their rights of access and to portability?");
        q.guidance = tr("How they ask, how their identity is checked, and how the data reach them.");
        break;
    case 224:
        q.title = tr("How can people exercise their rights to rectification and erasure?");
        q.guidance = tr("How they ask, and how the change reaches every copy and every recipient.");
        break;
    case 225:
        q.title = tr("How can people exercise their rights to restriction and to object?");
        q.guidance = tr("How they ask, and how the processing stops or is restricted for them.");
        break;
    case 226:
        q.title = tr("Are the processors' obligations identified and set in a contract?");
        q.guidance = tr("For each processor: what it does, where, for how long, and the contract that binds it.");
        break;
    case 227:
        q.title = tr("Where data leave the European Union, are they adequately protected?");
        q.guidance = tr("For each country: the transfer and its safeguard (adequacy decision, standard contractual "
                        "clauses, binding corporate rules…).");
        break;
    default: {
        const int part = id % 10;
        switch (part) {
        case 1:
            q.title = tr("What would the main impacts on the people be if the risk occurred?");
            q.guidance = tr("Harm to the people: discrimination, fraud, loss of a service, distress…");
            break;
        case 2:
            q.title = tr("What are the main threats that could lead to the risk?");
            q.guidance = tr("What could happen to the data, their supports or the people who handle them.");
            break;
        case 3:
            q.title = tr("What are the sources of the risk?");
            q.guidance = tr("Who or what could cause it: staff, outsiders, people close to the person, accidents.");
            break;
        case 4:
            q.title = tr("Which of the measures answer the risk?");
            q.guidance = tr("Pick among the planned or existing measures.");
            break;
        case 5:
            q.title = tr("How severe is the risk, given its impacts and the measures?");
            q.guidance = tr("From negligible (1) to maximum (4); say why.");
            break;
        case 6:
            q.title = tr("How likely is the risk, given its threats, sources and measures?");
            q.guidance = tr("From negligible (1) to maximum (4); say why.");
            break;
        }
    }
    }
    return q;
}

QList<CatalogueMeasure> PiaMethod::catalogue() const
{
    const QString data = QStringLiteral("data");
    const QString security = QStringLiteral("security");
    const QString governance = QStringLiteral("governance");
    return {
        {QStringLiteral("PIA_TEC_CHIF"), data, tr("Encryption"),
         tr("Which data are encrypted, where (stored, in transit), with which algorithms and how the keys are kept.")},
        {QStringLiteral("PIA_TEC_ANO"), data, tr("Anonymisation"),
         tr("Which data are anonymised or pseudonymised, when, and by which technique.")},
        {QStringLiteral("PIA_TEC_CLO"), data, tr("Partitioning data"),
         tr("How the data are kept apart from other processing and other customers.")},
        {QStringLiteral("PIA_TEC_CTLA"), data, tr("Logical access control"),
         tr("Profiles, authentication and how rights are granted and withdrawn.")},
        {QStringLiteral("PIA_TEC_LOG"), data, tr("Traceability (logging)"),
         tr("What is logged, how long the logs are kept and who reviews them.")},
        {QStringLiteral("PIA_TEC_ARCH"), data, tr("Archiving"),
         tr("How data kept for a legal period are set apart and who may reach them.")},
        {QStringLiteral("PIA_TEC_PAP"), data, tr("Paper document security"),
         tr("How paper holding personal data is stored, handled and destroyed.")},
        {QStringLiteral("PIA_TEC_MINI"), data, tr("Minimising the amount of personal data"),
         tr("Fields left out, data filtered, masked or reduced to what the purpose needs.")},
        {QStringLiteral("PIA_SEC_EXP"), security, tr("Operating security"),
         tr("Updates, vulnerability management and documented operating procedures.")},
        {QStringLiteral("PIA_SEC_MAL"), security, tr("Protection against malicious software"),
         tr("Anti-malware on workstations and servers, kept up to date.")},
        {QStringLiteral("PIA_SEC_COMP"), security, tr("Managing workstations"),
         tr("Locking, updates, encryption of disks and of removable media.")},
        {QStringLiteral("PIA_SEC_WEB"), security, tr("Website security"),
         tr("TLS, secure development, and protection against the common attacks.")},
        {QStringLiteral("PIA_SEC_BKP"), security, tr("Backups"),
         tr("What is backed up, how often, where, and how a restore is tested.")},
        {QStringLiteral("PIA_SEC_MAIN"), security, tr("Maintenance"),
         tr("Who maintains the equipment, and how data are protected during maintenance.")},
        {QStringLiteral("PIA_SEC_CTR"), security, tr("Processing contracts"),
         tr("The contract with each processor and the security it promises.")},
        {QStringLiteral("PIA_SEC_NET"), security, tr("Network security"),
         tr("Firewalls, segmentation, encrypted links and remote access.")},
        {QStringLiteral("PIA_SEC_PHY"), security, tr("Physical access control"),
         tr("Who may enter the premises and rooms where the data are, and how it is checked.")},
        {QStringLiteral("PIA_SEC_LOG"), security, tr("Monitoring network activity"),
         tr("How unusual traffic and intrusions are detected.")},
        {QStringLiteral("PIA_SEC_MAT"), security, tr("Hardware security"),
         tr("Inventory, protection and secure disposal of equipment.")},
        {QStringLiteral("PIA_SEC_SRC"), security, tr("Avoiding sources of risk"),
         tr("Keeping the data away from places and people that threaten them.")},
        {QStringLiteral("PIA_SEC_PROT"), security, tr("Protection against non-human sources of risk"),
         tr("Fire, water, power and climate protections of the premises and equipment.")},
        {QStringLiteral("PIA_ORG_ORG"), governance, tr("Organisation"),
         tr("Who answers for data protection and how the tasks are shared.")},
        {QStringLiteral("PIA_ORG_POL"), governance, tr("Policy"),
         tr("The written rules on data protection that everyone follows.")},
        {QStringLiteral("PIA_ORG_RMGT"), governance, tr("Managing privacy risks"),
         tr("How the risks of each processing are assessed and followed up.")},
        {QStringLiteral("PIA_ORG_PBD"), governance, tr("Privacy in projects"),
         tr("How data protection is built into each new project from its start.")},
        {QStringLiteral("PIA_ORG_VIOL"), governance, tr("Managing personal data breaches"),
         tr("How a breach is detected, recorded, assessed and notified.")},
        {QStringLiteral("PIA_ORG_PERS"), governance, tr("Personnel management"),
         tr("Training, confidentiality commitments, and rights removed when someone leaves.")},
        {QStringLiteral("PIA_ORG_EXT"), governance, tr("Relations with third parties"),
         tr("What is asked of partners and recipients who receive the data.")},
        {QStringLiteral("PIA_ORG_AUD"), governance, tr("Supervision"),
         tr("Audits and checks that the measures are applied and work.")},
    };
}

QString PiaMethod::gaugeLabel(int gauge) const
{
    switch (gauge) {
    case 1: return tr("Negligible");
    case 2: return tr("Limited");
    case 3: return tr("Significant");
    case 4: return tr("Maximum");
    }
    return tr("Not estimated");
}

QString PiaMethod::statusLabel(int status) const
{
    switch (DpiaStatus(status)) {
    case DpiaStatus::InProgress: return tr("In progress");
    case DpiaStatus::Rejected: return tr("Rejected");
    case DpiaStatus::SimpleValidation: return tr("Validated");
    case DpiaStatus::SignedValidation: return tr("Validated and signed");
    case DpiaStatus::Archived: return tr("Archived");
    }
    return tr("In progress");
}

QString PiaMethod::evaluationLabel(int status) const
{
    switch (status) {
    case 1: return tr("To correct");
    case 2: return tr("To improve");
    case 3: return tr("Acceptable");
    }
    return tr("Not evaluated");
}

QString plainText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')))
        return html.trimmed();
    QString marked = html;
    static const QRegularExpression item(QStringLiteral("<li(\\s[^>]*)?>"), QRegularExpression::CaseInsensitiveOption);
    marked.replace(item, QStringLiteral("<li>\u2022 "));
    QString text = QTextDocumentFragment::fromHtml(marked).toPlainText();
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

QString PiaMethod::partTitle(const Dpia &dpia, const DpiaEvaluation &evaluation) const
{
    if (evaluation.measureId != 0) {
        for (const DpiaMeasure &m : dpia.measures) {
            if (m.id == evaluation.measureId)
                return m.title;
        }
        return QString();
    }
    if (evaluation.reference.count(QLatin1Char('.')) == 2)
        return question(evaluation.reference.section(QLatin1Char('.'), 2).toInt()).title;
    for (const Section &s : sections()) {
        for (const Item &item : s.items) {
            if (item.reference() == evaluation.reference)
                return item.title;
        }
    }
    return QString();
}

QList<PlannedAction> PiaMethod::actionPlan(const Dpia &dpia) const
{
    QList<PlannedAction> plan;
    for (const DpiaEvaluation &e : dpia.evaluations) {
        if (e.status != 1 && e.status != 2 && !e.actionPlanComment)
            continue;
        const QString action = e.actionPlanComment ? plainText(*e.actionPlanComment) : QString();
        plan << PlannedAction{partTitle(dpia, e), action.isEmpty() ? evaluationLabel(e.status) : action,
                              e.personInCharge.value_or(QString()),
                              e.estimatedImplementationDate
                                  ? QDateTime::fromString(*e.estimatedImplementationDate, Qt::ISODateWithMs).toUTC().date()
                                  : QDate(),
                              e.status};
    }
    return plan;
}

QString PiaMethod::opinionLabel(int status) const
{
    return status == 1 ? tr("The processing may go ahead") : tr("The processing should not go ahead");
}

} // namespace pc::dpia
