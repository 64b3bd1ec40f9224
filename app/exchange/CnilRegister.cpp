#include "CnilRegister.h"
#include "CnilModel.h"

#include "core/Text.h"

#include <QRegularExpression>

#include <functional>

namespace pc::exchange {
namespace {

using namespace cnil;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::CnilRegisterReader)
};

// The unit of a duration's word, empty when it is none.
QString unitOf(const QString &word)
{
    const QString w = fold(word);
    if (w.startsWith(QLatin1String("jour")) || w == QLatin1String("j") || w.startsWith(QLatin1String("day")))
        return QStringLiteral("day");
    if (w.startsWith(QLatin1String("semaine")) || w.startsWith(QLatin1String("week")))
        return QStringLiteral("week");
    if (w == QLatin1String("mois") || w.startsWith(QLatin1String("month")))
        return QStringLiteral("month");
    if (w.startsWith(QLatin1String("an")) || w.startsWith(QLatin1String("year")))
        return QStringLiteral("year");
    return {};
}

// The event a retention period runs from, in the register's codes.
QString triggerOf(const QString &event)
{
    const QString e = fold(event);
    static const std::pair<const char *, const char *> kEvents[] = {
        {"dernier contact", "last_contact"},
        {"last contact", "last_contact"},
        {"fin de la relation", "relationship_end"},
        {"end of the relationship", "relationship_end"},
        {"end of the customer relationship", "relationship_end"},
        {"fin du contrat", "contract_end"},
        {"end of the contract", "contract_end"},
        {"contract end", "contract_end"},
        {"collecte", "collection"},
        {"collection", "collection"},
        {"candidature", "application_date"},
        {"application", "application_date"},
        {"resiliation", "termination_notice"},
        {"termination", "termination_notice"},
    };
    for (const auto &[words, code] : kEvents) {
        if (e.contains(QLatin1String(words)))
            return QString::fromLatin1(code);
    }
    return QStringLiteral("custom");
}

// "10 rue de la Paix, 75002 Paris": the parts written, joined.
QString addressOf(const QString &street, const QString &postcode, const QString &town)
{
    QStringList parts;
    for (const QString &part : {street, QStringLiteral("%1 %2").arg(postcode, town).simplified()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

ImportedContact contactOnRow(const Sheet &sheet, int row, const QHash<QString, int> &columns)
{
    auto at = [&](const char *key) {
        const int column = columns.value(QString::fromLatin1(key), -1);
        return column < 0 ? QString() : valueOf(sheet, row, column);
    };
    ImportedContact c;
    c.name = at("name");
    c.address = addressOf(at("address"), at("postcode"), at("town"));
    c.country = at("country");
    c.phone = at("phone");
    c.email = at("email");
    return c;
}

// Sheet 2's blocks: "Nom :" then its value in the next cell, over the
// block's row and the one under it.
ImportedContact listContact(const Sheet &sheet, int row)
{
    ImportedContact c;
    QString first;
    QString last;
    QString street;
    QString postcode;
    QString town;
    for (int r = row; r <= row + 1 && r < sheet.rowCount(); ++r) {
        for (int column = 1; column + 1 < std::max(sheet.columnCount(), 2); ++column) {
            const QString label = fold(sheet.text(r, column));
            if (!label.endsWith(QLatin1Char(':')))
                continue;
            const QString value = valueOf(sheet, r, column + 1);
            if (label.startsWith(QLatin1String("nom")))
                last = value;
            else if (label.startsWith(QLatin1String("prenom")))
                first = value;
            else if (label.startsWith(QLatin1String("adresse mel")) || label.startsWith(QLatin1String("adresse e-mail")))
                c.email = value;
            else if (label.startsWith(QLatin1String("adresse")))
                street = value;
            else if (label.startsWith(QLatin1String("code postal")))
                postcode = value;
            else if (label.startsWith(QLatin1String("ville")))
                town = value;
            else if (label.startsWith(QLatin1String("telephone")))
                c.phone = value;
            else if (label.startsWith(QLatin1String("societe")))
                c.company = value;
        }
    }
    c.name = QStringLiteral("%1 %2").arg(first, last).simplified();
    c.address = addressOf(street, postcode, town);
    return c;
}

void readActors(const Sheet &sheet, ImportedActivity &a)
{
    const int header = rowStarting(sheet, "acteurs");
    if (header < 0)
        return;
    QHash<QString, int> columns;
    for (int column = 1; column < sheet.columnCount(); ++column) {
        const QString f = fold(sheet.text(header, column));
        if (f == QLatin1String("nom"))
            columns.insert(QStringLiteral("name"), column);
        else if (f.startsWith(QLatin1String("adresse mel")) || f.startsWith(QLatin1String("adresse e-mail")))
            columns.insert(QStringLiteral("email"), column);
        else if (f == QLatin1String("adresse"))
            columns.insert(QStringLiteral("address"), column);
        else if (f.startsWith(QLatin1String("code postal")))
            columns.insert(QStringLiteral("postcode"), column);
        else if (f.startsWith(QLatin1String("ville")))
            columns.insert(QStringLiteral("town"), column);
        else if (f.startsWith(QLatin1String("pays")) || f.startsWith(QLatin1String("si le responsable")))
            columns.insert(QStringLiteral("country"), column);
        else if (f.startsWith(QLatin1String("telephone")))
            columns.insert(QStringLiteral("phone"), column);
    }
    const int purposes = rowStarting(sheet, "finalite principale", header);
    for (int row = header + 1; row < (purposes < 0 ? sheet.rowCount() : purposes); ++row) {
        const QString label = sheet.text(row, 0);
        if (startsWith(label, "responsable du traitement")) {
            a.controller = contactOnRow(sheet, row, columns);
        } else if (startsWith(label, "delegue a la protection")) {
            const QString company = a.dpo.company;
            a.dpo = contactOnRow(sheet, row, columns);
            a.dpo.company = company;
        } else if (startsWith(label, "societe du dpo")) {
            a.dpo.company = valueOf(sheet, row, columns.value(QStringLiteral("name"), 1));
        } else if (startsWith(label, "representant")) {
            a.representative = contactOnRow(sheet, row, columns);
        } else if (startsWith(label, "responsable(s) conjoint") || startsWith(label, "responsables conjoints")) {
            QStringList joint;
            for (int column = 1; column < sheet.columnCount(); ++column) {
                if (const QString v = valueOf(sheet, row, column); !v.isEmpty())
                    joint << v;
            }
            a.jointControllers = joint.join(QStringLiteral(", "));
        }
    }
}

void readDataSection(const Sheet &sheet, int header, bool special, ImportedActivity &a)
{
    const int description = columnStarting(sheet, header, {"description"});
    const int retention = columnStarting(sheet, header, {"duree de conservation", "dans certains cas"});
    const auto [from, to] = sectionRows(sheet, header);
    for (int row = from; row < to; ++row) {
        const QString what = description < 0 ? QString() : valueOf(sheet, row, description);
        const QString kept = retention < 0 ? QString() : valueOf(sheet, row, retention);
        if ((what.isEmpty() && kept.isEmpty()) || isHeading(what))
            continue;
        ImportedDataCategory category;
        category.category = sheet.text(row, 0).simplified();
        category.description = what;
        category.special = special;
        category.offences = special
            && (fold(category.category).contains(QLatin1String("condamnations")) || fold(category.category).contains(QLatin1String("infractions")));
        category.retention = readRetention(kept);
        category.where = {sheet.name, row, description < 0 ? 0 : description};
        if (category.category.isEmpty())
            category.category = what;
        if (!kept.isEmpty() && !category.retention.understood())
            a.doubts << Text::tr("The retention of “%1” (%2) is not a duration: finish its rule.")
                            .arg(category.category, CellRef{sheet.name, row, retention}.toString());
        a.dataCategories << category;
    }
}

QList<ImportedItem> readItems(const Sheet &sheet, int header, std::initializer_list<const char *> kindHeaders)
{
    QList<ImportedItem> items;
    const int kind = columnStarting(sheet, header, kindHeaders);
    const int detail = columnStarting(sheet, header, {"precisions"});
    const auto [from, to] = sectionRows(sheet, header);
    for (int row = from; row < to; ++row) {
        ImportedItem item;
        item.kind = kind < 0 ? QString() : valueOf(sheet, row, kind);
        item.detail = detail < 0 ? QString() : valueOf(sheet, row, detail);
        item.where = {sheet.name, row, kind < 0 ? 0 : kind};
        if ((!item.kind.isEmpty() || !item.detail.isEmpty()) && !isHeading(item.kind))
            items << item;
    }
    return items;
}

QList<ImportedTransfer> readTransfers(const Sheet &sheet, int header)
{
    QList<ImportedTransfer> transfers;
    const int recipient = columnStarting(sheet, header, {"destinataire"});
    const int country = columnStarting(sheet, header, {"pays"});
    const int safeguard = columnStarting(sheet, header, {"type de garantie"});
    const int documentation = columnStarting(sheet, header, {"liens vers", "lien vers"});
    const auto [from, to] = sectionRows(sheet, header);
    auto at = [&](int row, int column) { return column < 0 ? QString() : valueOf(sheet, row, column); };
    for (int row = from; row < to; ++row) {
        ImportedTransfer t{at(row, recipient), at(row, country), at(row, safeguard), at(row, documentation),
                           {sheet.name, row, recipient < 0 ? 0 : recipient}};
        if ((!t.recipient.isEmpty() || !t.country.isEmpty()) && !isHeading(t.recipient))
            transfers << t;
    }
    return transfers;
}

ImportedActivity readActivitySheet(const Sheet &sheet)
{
    ImportedActivity a;
    a.sheet = sheet.name;
    auto valueBeside = [&](const char *label) -> std::pair<QString, int> {
        const int row = rowStarting(sheet, label);
        if (row < 0)
            return {QString(), -1};
        for (int column = 1; column < sheet.columnCount(); ++column) {
            if (const QString v = valueOf(sheet, row, column); !v.isEmpty())
                return {v, row};
        }
        return {QString(), row};
    };
    a.name = valueBeside("nom du traitement").first;
    a.reference = valueBeside("n° / ref").first;
    if (const int row = rowStarting(sheet, "date de creation"); row >= 0)
        a.createdOn = dateOf(sheet, row, 1);
    if (const int row = rowStarting(sheet, "mise a jour"); row >= 0)
        a.updatedOn = dateOf(sheet, row, 1);
    readActors(sheet, a);
    a.mainPurpose = valueBeside("finalite principale").first;
    for (int row = rowStarting(sheet, "sous-finalite"); row >= 0; row = rowStarting(sheet, "sous-finalite", row + 1)) {
        if (const QString v = valueOf(sheet, row, 1); !v.isEmpty())
            a.subPurposes << v;
    }
    for (int row = 0; row < sheet.rowCount(); ++row) {
        const QString first = sheet.text(row, 0);
        if (startsWith(first, kDataSection))
            readDataSection(sheet, row, false, a);
        else if (startsWith(first, kSpecialSection))
            readDataSection(sheet, row, true, a);
        else if (startsWith(first, kPeopleSection))
            a.subjects = readItems(sheet, row, {"description", "categorie"});
        else if (startsWith(first, kRecipientSection))
            a.recipients = readItems(sheet, row, {"type de destinataire"});
        else if (startsWith(first, kSecuritySection))
            a.securityMeasures = readItems(sheet, row, {"type de mesure"});
        else if (startsWith(first, kTransferSection))
            a.transfers = readTransfers(sheet, row);
    }
    if (a.mainPurpose.isEmpty())
        a.doubts << Text::tr("No main purpose is written.");
    return a;
}

// Whether anything but the model's own labels was written on an activity sheet.
bool hasEntries(const ImportedActivity &a)
{
    return !a.mainPurpose.isEmpty() || !a.subPurposes.isEmpty() || !a.dataCategories.isEmpty() || !a.subjects.isEmpty()
        || !a.recipients.isEmpty() || !a.securityMeasures.isEmpty() || !a.transfers.isEmpty();
}

} // namespace

QString CellRef::toString() const
{
    if (!isValid())
        return sheet;
    return QStringLiteral("%1!%2").arg(QString(sheet).replace(QLatin1Char('_'), QLatin1Char(' ')), Sheet::cellName(row, column));
}

RetentionText readRetention(const QString &text)
{
    RetentionText r;
    r.text = text.simplified();
    static const QRegularExpression duration(
        QStringLiteral(R"((\d+)\s*(jours?|j\b|semaines?|mois|ans?\b|annees?|days?|weeks?|months?|years?))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString folded = fold(text);
    const QRegularExpressionMatch m = duration.match(folded);
    if (!m.hasMatch())
        return r;
    r.duration = m.captured(1).toInt();
    r.unit = unitOf(m.captured(2));
    if (r.duration <= 0 || r.unit.isEmpty()) {
        r.duration = 0;
        r.unit.clear();
        return r;
    }
    // The event it runs from: "à compter de…", "après…", "from…", "after…".
    static const QRegularExpression from(
        QStringLiteral(R"((?:a compter d[eu]s?|a partir d[eu]s?|apres|suivant|from|after|following)\s+(?:(?:la|le|les|l'|the)\s*)?(.+)$)"));
    const QString rest = folded.mid(m.capturedEnd());
    const QRegularExpressionMatch event = from.match(rest);
    if (!event.hasMatch())
        return r;
    r.trigger = triggerOf(event.captured(1));
    if (r.trigger == QLatin1String("custom")) {
        // The event in the officer's own words (accents kept).
        const qsizetype at = r.text.size() - (rest.size() - event.capturedStart(1));
        r.customTrigger = r.text.size() == folded.size() && at >= 0 && at < r.text.size() ? r.text.mid(at)
                                                                                           : event.captured(1);
    }
    return r;
}

namespace {

// The code of the first of `table`'s words that `text` (folded) contains.
QString codeAmong(const QString &text, std::initializer_list<std::pair<const char *, const char *>> table)
{
    const QString f = fold(text);
    if (f.isEmpty())
        return {};
    for (const auto &[words, code] : table) {
        if (f.contains(QString::fromUtf8(words)))
            return QString::fromLatin1(code);
    }
    return {};
}

} // namespace

QString safeguardCode(const QString &safeguard)
{
    return codeAmong(safeguard, {{"privacy shield", ""},
                                 {"clauses contractuelles autorisees", "ad_hoc_clauses"},
                                 {"authorised contractual", "ad_hoc_clauses"},
                                 {"authorized contractual", "ad_hoc_clauses"},
                                 {"clauses contractuelles", "scc"},
                                 {"cct", "scc"},
                                 {"standard contractual", "scc"},
                                 {"scc", "scc"},
                                 {"regles d'entreprise", "bcr"},
                                 {"bcr", "bcr"},
                                 {"binding corporate", "bcr"},
                                 {"pays adequat", "adequacy"},
                                 {"adequa", "adequacy"},
                                 {"code de conduite", "code_of_conduct"},
                                 {"code of conduct", "code_of_conduct"},
                                 {"certification", "certification"},
                                 {"ad hoc", "ad_hoc_clauses"},
                                 {"ad-hoc", "ad_hoc_clauses"},
                                 {"derogation", "derogation"},
                                 {"art 49", "derogation"},
                                 {"art. 49", "derogation"}});
}

QString recipientKindCode(const QString &recipient)
{
    return codeAmong(recipient, {{"service interne", "internal"},
                                 {"internal", "internal"},
                                 {"sous-traitant", "processor"},
                                 {"processor", "processor"},
                                 {"autorite", "authority"},
                                 {"administration", "authority"},
                                 {"authority", "authority"},
                                 {"pays tiers", "third_party"},
                                 {"partenaires", "third_party"},
                                 {"autre", "third_party"},
                                 {"third part", "third_party"},
                                 {"tiers", "third_party"},
                                 {"partner", "third_party"},
                                 {"other", "third_party"}});
}

QString subjectKindCode(const QString &category)
{
    return codeAmong(category, {{"salarie", "employee"},
                                {"services internes", "employee"},
                                {"employee", "employee"},
                                {"staff", "employee"},
                                {"client", "customer"},
                                {"customer", "customer"},
                                {"fournisseur", "supplier_contact"},
                                {"supplier", "supplier_contact"},
                                {"prestataire", "service_provider"},
                                {"service provider", "service_provider"},
                                {"prospect", "prospect"},
                                {"candidat", "job_applicant"},
                                {"applicant", "job_applicant"},
                                {"candidate", "job_applicant"},
                                {"utilisateur", "user"},
                                {"user", "user"},
                                {"visiteur", "visitor"},
                                {"visitor", "visitor"},
                                {"autre", "other"},
                                {"other", "other"}});
}

QString legalBasisCode(const QString &basis)
{
    return codeAmong(basis, {{"legitimate", "legitimate_interests"},
                             {"interet legitime", "legitimate_interests"},
                             {"interets legitimes", "legitimate_interests"},
                             {"6(1)(f)", "legitimate_interests"},
                             {"obligation legale", "legal_obligation"},
                             {"legal obligation", "legal_obligation"},
                             {"6(1)(c)", "legal_obligation"},
                             {"vital", "vital_interests"},
                             {"6(1)(d)", "vital_interests"},
                             {"mission d'interet public", "public_task"},
                             {"interet public", "public_task"},
                             {"public interest", "public_task"},
                             {"public task", "public_task"},
                             {"autorite publique", "public_task"},
                             {"official authority", "public_task"},
                             {"6(1)(e)", "public_task"},
                             {"contrat", "contract"},
                             {"contract", "contract"},
                             {"6(1)(b)", "contract"},
                             {"consent", "consent"},
                             {"6(1)(a)", "consent"}});
}

QString ImportedRegister::organizationName() const
{
    for (const ImportedActivity &a : activities) {
        if (!a.controller.name.isEmpty())
            return a.controller.name;
    }
    return controller.name;
}

bool CnilRegisterReader::recognises(const Workbook &book)
{
    return std::any_of(book.sheets.cbegin(), book.sheets.cend(), [](const Sheet &s) { return isActivitySheet(s); })
        || std::any_of(book.sheets.cbegin(), book.sheets.cend(), [](const Sheet &s) {
               return listHeader(s) >= 0 && rowStarting(s, "coordonnees du responsable") >= 0;
           });
}

Result<ImportedRegister> CnilRegisterReader::read(const Workbook &book)
{
    ImportedRegister reg;
    // The activity sheets, the CNIL's example and the blank model aside.
    for (const Sheet &sheet : book.sheets) {
        if (!isActivitySheet(sheet))
            continue;
        if (isExample(sheet)) {
            reg.exampleLeftOut = true;
            continue;
        }
        ImportedActivity a = readActivitySheet(sheet);
        if (a.name.isEmpty()) {
            if (isBlankModel(sheet) && !hasEntries(a))
                continue;
            const int row = rowStarting(sheet, "nom du traitement");
            return Error{tr("The activity of the sheet “%1” has no name: write it in %2.")
                             .arg(QString(sheet.name).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                  CellRef{sheet.name, row, 1}.toString())};
        }
        reg.activities << a;
    }
    // The list: its blocks of contacts, and the activities that have no sheet.
    for (const Sheet &sheet : book.sheets) {
        const int header = isActivitySheet(sheet) ? -1 : listHeader(sheet);
        if (header < 0)
            continue;
        if (const int row = rowStarting(sheet, "coordonnees du responsable"); row >= 0)
            reg.controller = listContact(sheet, row);
        if (const int row = rowStarting(sheet, "coordonnees du representant"); row >= 0)
            reg.representative = listContact(sheet, row);
        if (const int row = rowStarting(sheet, "coordonnees du delegue"); row >= 0)
            reg.dpo = listContact(sheet, row);
        const int reference = columnStarting(sheet, header, {"n"});
        const int created = columnStarting(sheet, header, {"date de creation"});
        const int updated = columnStarting(sheet, header, {"derniere mise a jour", "mise a jour"});
        const int purpose = columnStarting(sheet, header - 1, {"finalite"}) >= 0 ? columnStarting(sheet, header - 1, {"finalite"})
                                                                                : columnStarting(sheet, header, {"finalite"});
        const int sensitive = columnStarting(sheet, header - 1, {"donnees sensibles"});
        for (int row = header + 1; row < sheet.rowCount(); ++row) {
            const QString name = valueOf(sheet, row, 0);
            const QString ref = reference < 0 ? QString() : valueOf(sheet, row, reference);
            if (name.isEmpty()) {
                if (!ref.isEmpty())
                    return Error{tr("The activity “%1” of the list has no name: write it in %2.")
                                     .arg(ref, CellRef{sheet.name, row, 0}.toString())};
                continue;
            }
            if (startsWith(name, "(exemple)")) {
                reg.exampleLeftOut = true;
                continue;
            }
            auto same = std::find_if(reg.activities.begin(), reg.activities.end(), [&](const ImportedActivity &a) {
                return (!ref.isEmpty() && fold(a.reference) == fold(ref)) || fold(a.name) == fold(name);
            });
            if (same == reg.activities.end()) {
                ImportedActivity a;
                a.name = name;
                a.reference = ref;
                a.createdOn = created < 0 ? QDate() : dateOf(sheet, row, created);
                a.updatedOn = updated < 0 ? QDate() : dateOf(sheet, row, updated);
                const QStringList purposes = purpose < 0 ? QStringList()
                                                         : valueOf(sheet, row, purpose).split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &p : purposes) {
                    if (a.mainPurpose.isEmpty())
                        a.mainPurpose = p.trimmed();
                    else
                        a.subPurposes << p.trimmed();
                }
                a.sensitiveOnList = sensitive >= 0 && fold(valueOf(sheet, row, sensitive)) == QLatin1String("oui");
                a.parts = ImportedActivity::Purposes;
                a.doubts << tr("Only on the list (%1): no sheet gives its data, people, recipients or retention.")
                                .arg(CellRef{sheet.name, row, 0}.toString());
                reg.activities << a;
            } else {
                if (!same->createdOn.isValid() && created >= 0)
                    same->createdOn = dateOf(sheet, row, created);
                if (!same->updatedOn.isValid() && updated >= 0)
                    same->updatedOn = dateOf(sheet, row, updated);
                same->sensitiveOnList = sensitive >= 0 && fold(valueOf(sheet, row, sensitive)) == QLatin1String("oui");
            }
        }
    }
    // Two sheets under one reference: the later ones are said to.
    for (int i = 0; i < reg.activities.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (!reg.activities.at(i).reference.isEmpty()
                && fold(reg.activities.at(i).reference) == fold(reg.activities.at(j).reference)) {
                reg.activities[i].doubts << tr("Its reference %1 is also that of “%2”.")
                                                .arg(reg.activities.at(i).reference, reg.activities.at(j).name);
                break;
            }
        }
    }
    if (reg.activities.isEmpty())
        return Error{reg.exampleLeftOut
                         ? tr("“%1” holds only the CNIL's example (“Gestion de la paie”), which is not imported: fill "
                              "in one copy of the sheet “3 - Modèle de fiche de registre” per activity, or list them "
                              "on the sheet “2 - Liste des traitements”.")
                               .arg(book.fileName)
                         : tr("“%1” holds no activity: fill in one copy of the sheet “3 - Modèle de fiche de registre” "
                              "per activity.")
                               .arg(book.fileName)};
    if (reg.exampleLeftOut)
        reg.notices << tr("The CNIL's example (“Gestion de la paie”) is left out.");
    return reg;
}

} // namespace pc::exchange
