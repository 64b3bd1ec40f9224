#include "Mrz.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pc::intake {
namespace {

constexpr QChar kFiller = QLatin1Char('<');

// What OCR most often reads in place of a digit, and of a letter.
QChar asDigit(QChar c)
{
    switch (c.unicode()) {
    case 'O': case 'Q': case 'D': case 'U': return QLatin1Char('0');
    case 'I': case 'L': case 'J': return QLatin1Char('1');
    case 'Z': return QLatin1Char('2');
    case 'A': return QLatin1Char('4');
    case 'S': return QLatin1Char('5');
    case 'G': return QLatin1Char('6');
    case 'T': return QLatin1Char('7');
    case 'B': return QLatin1Char('8');
    default: return c;
    }
}

QChar asLetter(QChar c)
{
    switch (c.unicode()) {
    case '0': return QLatin1Char('O');
    case '1': return QLatin1Char('I');
    case '2': return QLatin1Char('Z');
    case '4': return QLatin1Char('A');
    case '5': return QLatin1Char('S');
    case '6': return QLatin1Char('G');
    case '7': return QLatin1Char('T');
    case '8': return QLatin1Char('B');
    default: return c;
    }
}

bool isMrzChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
           || c == kFiller;
}

// The line in the zone's alphabet: upper case, without spaces; the guillemets
// and brackets OCR reads for fillers become fillers.
QString clean(const QString &raw)
{
    QString line;
    for (QChar c : raw.toUpper()) {
        if (c == QChar(0x00AB) || c == QChar(0x00BB))
            line += QStringLiteral("<<");
        else if (c == QChar(0x2039) || c == QChar(0x203A) || c == QLatin1Char('(') || c == QLatin1Char('[')
                 || c == QLatin1Char('{'))
            line += kFiller;
        else if (isMrzChar(c))
            line += c;
    }
    return line;
}

// A line brought to its layout's length: fillers added to or taken from its
// longest run of fillers (where OCR miscounts them), else at its end.
QString fitted(QString line, int length)
{
    while (line.size() != length) {
        qsizetype best = -1;
        qsizetype bestLength = 0;
        for (qsizetype i = 0; i < line.size();) {
            if (line.at(i) != kFiller) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < line.size() && line.at(j) == kFiller)
                ++j;
            if (j - i >= bestLength) {
                best = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (line.size() < length) {
            // A run at the very end may simply have been cut: pad there.
            if (best < 0 || best + bestLength == line.size() || bestLength < 2)
                line.append(kFiller);
            else
                line.insert(best, kFiller);
        } else {
            if (best >= 0 && bestLength >= 2)
                line.remove(best, 1);
            else
                line.chop(1);
        }
    }
    return line;
}

enum class Kind { Alpha, Numeric, Any };

// Gives the characters of a field the kind it must have.
void coerce(QString &line, int from, int length, Kind kind)
{
    for (int i = from; i < from + length && i < line.size(); ++i) {
        const QChar was = line.at(i);
        if (kind == Kind::Numeric && was != kFiller)
            line[i] = asDigit(was);
        else if (kind == Kind::Alpha)
            line[i] = asLetter(was);
    }
}

int digitOf(QChar c)
{
    if (c == kFiller)
        return 0;
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    return -1;
}

// How often a field switches between letters and digits: a letter alone
// among digits (or a digit among letters) is most likely misread.
int switches(const QString &field)
{
    int count = 0;
    for (qsizetype i = 1; i < field.size(); ++i) {
        const QChar a = field.at(i - 1);
        const QChar b = field.at(i);
        if (a != kFiller && b != kFiller && a.isDigit() != b.isDigit())
            ++count;
    }
    return count;
}

// Makes a field agree with its check digit when it can. A field of digits
// (a date) is only ever read as digits; in a field of letters and digits
// (a document number) a character may have been read as its look-alike:
// the repair changes the fewest characters, never mixes letters and digits
// more than the field as read, and among equals the one that mixes them
// least. Returns whether the digit verifies.
bool settle(QString &line, int from, int length, int checkAt, Kind kind)
{
    line[checkAt] = line.at(checkAt) == kFiller ? kFiller : asDigit(line.at(checkAt));
    const QString field = line.mid(from, length);
    // A date is six digits, a number is not blank, and both have a digit to check them.
    if (!line.at(checkAt).isDigit() || field.count(kFiller) == field.size())
        return false;
    if (kind == Kind::Numeric && std::any_of(field.cbegin(), field.cend(), [](QChar c) { return !c.isDigit(); }))
        return false;
    const int expected = digitOf(line.at(checkAt));
    if (checkDigit(field) == expected)
        return true;
    if (kind == Kind::Numeric)
        return false;
    QList<int> doubtful;
    for (int i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (asDigit(c) != c || asLetter(c) != c)
            doubtful << i;
    }
    if (doubtful.size() > 10)
        doubtful.resize(10);
    const int mixedAsRead = switches(field);
    QString best;
    int bestChanges = INT_MAX;
    int bestMixed = INT_MAX;
    const int combinations = 1 << doubtful.size();
    for (int mask = 1; mask < combinations; ++mask) {
        const int changed = qPopulationCount(quint32(mask));
        if (changed > bestChanges)
            continue;
        QString candidate = field;
        for (int bit = 0; bit < doubtful.size(); ++bit) {
            if (mask & (1 << bit)) {
                const QChar c = candidate.at(doubtful.at(bit));
                candidate[doubtful.at(bit)] = asDigit(c) != c ? asDigit(c) : asLetter(c);
            }
        }
        const int mixed = switches(candidate);
        if (mixed > mixedAsRead || checkDigit(candidate) != expected)
            continue;
        if (changed < bestChanges || mixed < bestMixed) {
            best = candidate;
            bestChanges = changed;
            bestMixed = mixed;
        }
    }
    if (best.isEmpty())
        return false;
    line.replace(from, length, best);
    return true;
}

int differences(const QString &a, const QString &b)
{
    int count = 0;
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        count += a.at(i) != b.at(i) ? 1 : 0;
    return count;
}

QDate readDate(const QString &yymmdd, bool birth)
{
    if (yymmdd.size() != 6)
        return {};
    bool ok = false;
    const int yy = yymmdd.left(2).toInt(&ok);
    if (!ok)
        return {};
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    int year = 2000 + yy;
    if (birth && year > QDate::currentDate().year())
        year -= 100;
    else if (!birth && yy >= 70)
        year -= 100;
    return QDate(year, month, day);
}

QString words(QString text)
{
    text.replace(kFiller, QLatin1Char(' '));
    return text.simplified();
}

void readNames(MrzData &data, const QString &field)
{
    const qsizetype split = field.indexOf(QStringLiteral("<<"));
    data.surname = words(split < 0 ? field : field.left(split));
    data.givenNames = split < 0 ? QString() : words(field.mid(split + 2));
}

struct Check
{
    const char *name;
    bool valid;
};

void tally(MrzData &data, const QList<Check> &checks)
{
    data.checks = int(checks.size());
    for (const Check &check : checks) {
        if (check.valid)
            ++data.validChecks;
        else
            data.failedChecks << QString::fromLatin1(check.name);
    }
}

bool compositeValid(QString &line, int at, const QString &composite)
{
    line[at] = asDigit(line.at(at));
    return line.at(at).isDigit() && checkDigit(composite) == digitOf(line.at(at));
}

// Two lines of 36 or 44 characters: TD2 and TD3 (and the visas after them,
// which have no composite digit).
MrzData readTwoLines(QString first, QString second, MrzFormat format)
{
    const int length = format == MrzFormat::TD3 ? 44 : 36;
    first = fitted(first, length);
    second = fitted(second, length);
    const QString firstRead = first;
    const QString secondRead = second;
    MrzData data;
    data.format = format;
    coerce(first, 0, 1, Kind::Alpha);
    coerce(first, 2, 3, Kind::Alpha);
    coerce(first, 5, length - 5, Kind::Alpha);
    coerce(second, 10, 3, Kind::Alpha);
    coerce(second, 13, 6, Kind::Numeric);
    coerce(second, 21, 6, Kind::Numeric);
    const QString coerced = second;
    const bool visa = first.startsWith(QLatin1Char('V'));
    const bool td3 = format == MrzFormat::TD3;
    const int optionalEnd = td3 ? 42 : 35;
    // A number longer than nine characters goes on in the optional data (TD2).
    const QString longRest =
        !td3 && second.at(9) == kFiller ? second.mid(28, optionalEnd - 28).section(kFiller, 0, 0) : QString();
    const bool longNumber = longRest.size() > 1;
    const QString longWhole = longNumber ? QString(second.left(9) + longRest.chopped(1)) : QString();
    bool number = longNumber ? checkDigit(longWhole) == digitOf(longRest.back()) : settle(second, 0, 9, 9, Kind::Any);
    const bool birth = settle(second, 13, 6, 19, Kind::Numeric);
    const bool expiry = settle(second, 21, 6, 27, Kind::Numeric);
    const bool hasPersonal = td3 && !visa;
    const bool noPersonal = second.mid(28, 14).count(kFiller) == 14
        && (second.at(42) == kFiller || second.at(42) == QLatin1Char('0'));
    bool personal = hasPersonal && (noPersonal || settle(second, 28, 14, 42, Kind::Any));
    auto compositeOf = [&]() -> QString {
        return second.mid(0, 10) + second.mid(13, 7) + second.mid(21, optionalEnd - 21 + (td3 ? 1 : 0));
    };
    bool composite = !visa && compositeValid(second, length - 1, compositeOf());
    if (!visa && !composite) {
        // Unconfirmed guesses go back to what was read.
        if (second.left(10) != coerced.left(10)) {
            second.replace(0, 10, coerced.left(10));
            number = false;
        }
        if (hasPersonal && second.mid(28, 15) != coerced.mid(28, 15)) {
            second.replace(28, 15, coerced.mid(28, 15));
            personal = false;
        }
        composite = compositeValid(second, length - 1, compositeOf());
    }
    QList<Check> checks{{"document number", number}, {"birth date", birth}, {"expiry date", expiry}};
    if (hasPersonal)
        checks << Check{"personal number", personal};
    if (!visa)
        checks << Check{"composite", composite};
    tally(data, checks);
    data.repairs = differences(first, firstRead) + differences(second, secondRead);
    data.documentNumber = longNumber ? longWhole : words(second.left(9));
    data.documentCode = words(first.left(2));
    data.issuingState = words(first.mid(2, 3));
    readNames(data, first.mid(5));
    data.nationality = words(second.mid(10, 3));
    data.birthDate = readDate(second.mid(13, 6), true);
    data.sex = second.mid(20, 1);
    data.expiryDate = readDate(second.mid(21, 6), false);
    data.optionalData = words(second.mid(28, optionalEnd - 28));
    data.lines = {first, second};
    return data;
}

MrzData readThreeLines(QString first, QString second, QString third)
{
    first = fitted(first, 30);
    second = fitted(second, 30);
    third = fitted(third, 30);
    const QStringList read = {first, second, third};
    MrzData data;
    data.format = MrzFormat::TD1;
    coerce(first, 0, 1, Kind::Alpha);
    coerce(first, 2, 3, Kind::Alpha);
    coerce(second, 0, 6, Kind::Numeric);
    coerce(second, 8, 6, Kind::Numeric);
    coerce(second, 15, 3, Kind::Alpha);
    coerce(third, 0, 30, Kind::Alpha);
    const QString coerced = first;
    // A number longer than nine characters: a filler where its digit would
    // be, the rest and then the digit at the start of the optional data.
    const QString longRest = first.at(14) == kFiller ? first.mid(15).section(kFiller, 0, 0) : QString();
    const bool longNumber = longRest.size() > 1;
    const QString longWhole = longNumber ? QString(first.mid(5, 9) + longRest.chopped(1)) : QString();
    bool number = longNumber ? checkDigit(longWhole) == digitOf(longRest.back()) : settle(first, 5, 9, 14, Kind::Any);
    const bool birth = settle(second, 0, 6, 6, Kind::Numeric);
    const bool expiry = settle(second, 8, 6, 14, Kind::Numeric);
    auto compositeOf = [&]() -> QString { return first.mid(5, 25) + second.mid(0, 7) + second.mid(8, 7) + second.mid(18, 11); };
    bool composite = compositeValid(second, 29, compositeOf());
    if (!composite && first.mid(5, 10) != coerced.mid(5, 10)) {
        first.replace(5, 10, coerced.mid(5, 10));
        number = false;
        composite = compositeValid(second, 29, compositeOf());
    }
    tally(data, {{"document number", number}, {"birth date", birth}, {"expiry date", expiry}, {"composite", composite}});
    data.repairs = differences(first, read.at(0)) + differences(second, read.at(1)) + differences(third, read.at(2));
    data.documentNumber = longNumber ? longWhole : words(first.mid(5, 9));
    data.documentCode = words(first.left(2));
    data.issuingState = words(first.mid(2, 3));
    data.optionalData = words(first.mid(15) + QLatin1Char('<') + second.mid(18, 11));
    data.birthDate = readDate(second.left(6), true);
    data.sex = second.mid(7, 1);
    data.expiryDate = readDate(second.mid(8, 6), false);
    data.nationality = words(second.mid(15, 3));
    readNames(data, third);
    data.lines = {first, second, third};
    return data;
}

// A line that may belong to a zone: long enough, and made of the zone's
// alphabet with a filler somewhere.
bool looksLikeZoneLine(const QString &line)
{
    return line.size() >= 25 && line.contains(kFiller);
}

} // namespace

QString formatName(MrzFormat format)
{
    switch (format) {
    case MrzFormat::TD1: return QStringLiteral("TD1");
    case MrzFormat::TD2: return QStringLiteral("TD2");
    case MrzFormat::TD3: return QStringLiteral("TD3");
    }
    return {};
}

bool MrzData::betterThan(const MrzData &other) const
{
    if (isSure() != other.isSure())
        return isSure();
    if (isValid() != other.isValid())
        return isValid();
    if (validChecks * other.checks != other.validChecks * checks)
        return validChecks * other.checks > other.validChecks * checks;
    return repairs < other.repairs;
}

QString MrzData::numberSuffix(int length) const
{
    return documentNumber.right(length);
}

int checkDigit(QStringView field)
{
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        int value = 0;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A' + 10;
        else if (c != kFiller)
            return -1;
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

std::optional<MrzData> parseMrz(const QStringList &rawLines)
{
    QStringList lines;
    for (const QString &raw : rawLines) {
        const QString line = clean(raw);
        if (!line.isEmpty())
            lines << line;
    }
    if (lines.size() == 3) {
        const qsizetype longest = std::max({lines.at(0).size(), lines.at(1).size(), lines.at(2).size()});
        if (longest <= 34)
            return readThreeLines(lines.at(0), lines.at(1), lines.at(2));
        lines = lines.mid(1);
    }
    if (lines.size() != 2)
        return std::nullopt;
    const qsizetype length = std::max(lines.at(0).size(), lines.at(1).size());
    if (length < 32 || length > 48)
        return std::nullopt;
    return readTwoLines(lines.at(0), lines.at(1), length >= 40 ? MrzFormat::TD3 : MrzFormat::TD2);
}

std::optional<MrzData> findMrz(const QString &text)
{
    QStringList candidates;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = clean(raw);
        if (looksLikeZoneLine(line))
            candidates << line;
    }
    // The zone is at the bottom of the document: its last two or three lines.
    std::optional<MrzData> best;
    for (int take : {3, 2}) {
        if (candidates.size() < take)
            continue;
        const std::optional<MrzData> read = parseMrz(candidates.mid(candidates.size() - take));
        if (read && (!best || read->score() > best->score()))
            best = read;
    }
    return best;
}

namespace {

// The names of a person as tokens of A–Z only, in the zone's spelling.
QStringList nameTokens(const QString &name, bool germanic)
{
    QString text = name.toUpper();
    if (germanic) {
        text.replace(QStringLiteral("Ä"), QStringLiteral("AE"))
            .replace(QStringLiteral("Ö"), QStringLiteral("OE"))
            .replace(QStringLiteral("Ü"), QStringLiteral("UE"));
    }
    text.replace(QStringLiteral("ß"), QStringLiteral("SS"))
        .replace(QStringLiteral("Æ"), QStringLiteral("AE"))
        .replace(QStringLiteral("Ø"), QStringLiteral("OE"))
        .replace(QStringLiteral("Œ"), QStringLiteral("OE"))
        .replace(QStringLiteral("Đ"), QStringLiteral("D"));
    QString plain;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        plain += (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ? c : QLatin1Char(' ');
    }
    return plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A token of the zone matches one of the requester's names, also when the
// zone cut it short at the end of its line.
bool hasToken(const QStringList &tokens, const QString &token, bool mayBeCut)
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [&](const QString &t) {
        return t == token || (mayBeCut && token.size() >= 2 && t.startsWith(token));
    });
}

} // namespace

bool namesMatch(const MrzData &holder, const QString &requesterName)
{
    const QStringList surname = nameTokens(holder.surname, false);
    const QStringList given = nameTokens(holder.givenNames, false);
    if (surname.isEmpty())
        return false;
    for (bool germanic : {false, true}) {
        const QStringList requester = nameTokens(requesterName, germanic);
        const bool surnameFound = std::all_of(surname.cbegin(), surname.cend(),
                                              [&](const QString &t) { return hasToken(requester, t, false); });
        const bool givenFound = given.isEmpty()
            || std::any_of(given.cbegin(), given.cend(), [&](const QString &t) {
                   return hasToken(requester, t, &t == &given.constLast());
               });
        if (surnameFound && givenFound)
            return true;
    }
    return false;
}

} // namespace pc::intake
