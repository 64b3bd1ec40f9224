// Choosing among several OCR readings of a zone's lines: the repairs that
// cost little and the check digits that verify decide. Works on plain
// ASCII strings: a zone has no other characters.
#include "Mrz.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace pc::intake {
namespace {

using Line = std::string;

// Above this cost a zone whose digits verify is taken for a coincidence.
constexpr int kMostEdits = 8;

bool verifies(const Line &field, char digit)
{
    const int expected = checkDigit(QString::fromLatin1(field.data(), qsizetype(field.size())));
    if (expected < 0)
        return false;
    if (digit == '<')
        return expected == 0 && field.find_first_not_of('<') == Line::npos;
    return digit - '0' == expected;
}

// Kinds of characters: N digit, C check digit, A letter, X either, S sex.
char toDigit(char c)
{
    switch (c) {
    case 'O': case 'Q': case 'D': case 'U': return '0';
    case 'I': case 'L': case 'J': return '1';
    case 'Z': return '2';
    case 'A': return '4';
    case 'S': return '5';
    case 'G': return '6';
    case 'T': return '7';
    case 'B': return '8';
    default: return c;
    }
}

char toLetter(char c)
{
    switch (c) {
    case '0': return 'O';
    case '1': return 'I';
    case '2': return 'Z';
    case '4': return 'A';
    case '5': return 'S';
    case '6': return 'G';
    case '8': return 'B';
    default: return c;
    }
}

Line withKinds(const Line &line, const std::string &kinds)
{
    Line result = line;
    for (std::size_t i = 0; i < result.size() && i < kinds.size(); ++i) {
        const char kind = kinds[i];
        char &c = result[i];
        if (kind == 'N' || kind == 'C')
            c = toDigit(c);
        else if (kind == 'A')
            c = toLetter(c);
        else if (kind == 'S' && c != 'M' && c != 'F' && c != 'X')
            c = (c == 'H' || c == 'N') ? 'M' : (c == 'E' || c == 'P') ? 'F' : '<';
    }
    return result;
}

// Letters OCR reads in runs of fillers.
bool fillerLike(char c)
{
    return c == '<' || c == 'K' || c == 'C' || c == 'E' || c == 'L' || c == 'S' || c == 'X' || c == 'R' || c == 'G';
}

// Misread fillers made fillers again: a trailing run of filler-like letters
// (the last `keepTail` characters may be check digits), runs of three K or
// more, a lone K, C, E or L between fillers.
Line cleanFillers(Line s, std::size_t keepTail = 0)
{
    if (s.size() > keepTail) {
        const std::size_t end = s.size() - keepTail;
        std::size_t i = end;
        while (i > 0 && fillerLike(s[i - 1]))
            --i;
        const auto fillers = std::count(s.begin() + long(i), s.begin() + long(end), '<');
        const auto ks = std::count(s.begin() + long(i), s.begin() + long(end), 'K');
        if (end - i >= 4 && (fillers >= 2 || ks >= 3 || end - i >= 6))
            std::fill(s.begin() + long(i), s.begin() + long(end), '<');
    }
    for (std::size_t a = 0; a < s.size();) {
        std::size_t b = a;
        while (b < s.size() && s[b] == 'K')
            ++b;
        if (b - a >= 3)
            std::fill(s.begin() + long(a), s.begin() + long(b), '<');
        a = std::max(b, a + 1);
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t k = 0; k < s.size(); ++k) {
            const char c = s[k];
            if (c != 'K' && c != 'C' && c != 'E' && c != 'L')
                continue;
            const bool left = k > 0 && s[k - 1] == '<';
            const bool right = k + 1 < s.size() && s[k + 1] == '<';
            const bool left2 = k > 1 && s[k - 2] == '<';
            const bool right2 = k + 2 < s.size() && s[k + 2] == '<';
            if ((left && right) || (left && left2 && k + 1 == s.size()) || (right && right2 && left))
                s[k] = '<';
        }
    }
    return s;
}

// The ways to bring a line to `length`, each with its cost: a filler added
// or dropped costs 1, another character 2; far off, the end is cut or padded.
void lengthVariants(const Line &s, std::size_t length, std::vector<std::pair<Line, int>> &out)
{
    std::set<Line> seen;
    std::function<void(const Line &, int)> visit = [&](const Line &t, int cost) {
        if (out.size() > 400)
            return;
        if (t.size() == length) {
            if (seen.insert(t).second)
                out.emplace_back(t, cost);
            return;
        }
        const int difference = int(t.size()) - int(length);
        if (std::abs(difference) > 5) {
            Line u = t.substr(0, std::min(t.size(), length));
            u.resize(length, '<');
            if (seen.insert(u).second)
                out.emplace_back(u, cost + std::abs(difference) * 2);
            return;
        }
        std::map<Line, int> next;
        auto offer = [&](const Line &v, int c) {
            auto it = next.find(v);
            if (it == next.end() || it->second > c)
                next[v] = c;
        };
        if (difference > 0) {
            offer(t.substr(1), t[0] == '<' ? 1 : 2);
            offer(t.substr(0, t.size() - 1), t.back() == '<' ? 1 : 2);
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (t[i] == '<' && (i == 0 || t[i - 1] != '<'))
                    offer(t.substr(0, i) + t.substr(i + 1), 1);
            }
            if (difference == 1) {
                for (std::size_t i = 0; i < t.size(); ++i)
                    offer(t.substr(0, i) + t.substr(i + 1), t[i] == '<' ? 1 : 2);
            }
        } else {
            offer(t + "<", 1);
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (t[i] == '<' && (i == 0 || t[i - 1] != '<'))
                    offer(t.substr(0, i) + "<" + t.substr(i), 1);
            }
        }
        for (const auto &[variant, c] : next)
            visit(variant, cost + c);
    };
    visit(s, 0);
}

enum class Layout { TD1, TD2, TD3, VisaA, VisaB };

struct Shape
{
    Layout layout;
    std::size_t length;
    std::vector<std::string> kinds; // per line
};

Shape td1()
{
    return {Layout::TD1, 30, {"AAAAAXXXXXXXXXCXXXXXXXXXXXXXXX", "NNNNNNCSNNNNNNCAAAXXXXXXXXXXXC", std::string(30, 'A')}};
}

Shape td2(bool visa)
{
    return {visa ? Layout::VisaB : Layout::TD2, 36,
            {std::string(36, 'A'), std::string("XXXXXXXXXCAAANNNNNNCSNNNNNNCXXXXXXX") + (visa ? "X" : "C")}};
}

Shape td3(bool visa)
{
    return {visa ? Layout::VisaA : Layout::TD3, 44,
            {std::string(44, 'A'),
             "XXXXXXXXXCAAANNNNNNCSNNNNNNC" + (visa ? std::string(16, 'X') : std::string(14, 'X') + "CC")}};
}

struct Reading
{
    Layout layout = Layout::TD3;
    std::vector<Line> lines;
    int checks = 0;
    int valid = 0;
    int cost = 0;

    bool verified() const { return checks > 0 && valid == checks && cost <= kMostEdits; }
    bool betterThan(const Reading &other) const
    {
        if (verified() != other.verified())
            return verified();
        if (valid * other.checks != other.valid * checks)
            return valid * other.checks > other.valid * checks;
        return cost < other.cost;
    }
};

void countChecks(Layout layout, Reading &r)
{
    r.checks = 0;
    r.valid = 0;
    auto add = [&](bool ok) {
        ++r.checks;
        r.valid += ok ? 1 : 0;
    };
    auto digits = [](const Line &x) { return x.find_first_not_of("0123456789") == Line::npos; };
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    auto date = [&](const Line &x, char d) { return digits(x) && isDigit(d) && verifies(x, d); };
    auto number = [&](const Line &x, char d) {
        return x.find_first_not_of('<') != Line::npos && isDigit(d) && verifies(x, d);
    };
    const std::vector<Line> &l = r.lines;
    if (layout == Layout::TD1) {
        const Line &a = l[0];
        const Line &b = l[1];
        if (a[14] == '<' && a[15] != '<') {
            std::size_t end = a.find('<', 15);
            if (end == Line::npos)
                end = 30;
            add(end > 16 && number(a.substr(5, 9) + a.substr(15, end - 15 - 1), a[end - 1]));
        } else {
            add(number(a.substr(5, 9), a[14]));
        }
        add(date(b.substr(0, 6), b[6]));
        add(date(b.substr(8, 6), b[14]));
        add(b[29] != '<' && verifies(a.substr(5, 25) + b.substr(0, 7) + b.substr(8, 7) + b.substr(18, 11), b[29]));
        return;
    }
    const Line &b = l[1];
    add(number(b.substr(0, 9), b[9]));
    add(date(b.substr(13, 6), b[19]));
    add(date(b.substr(21, 6), b[27]));
    if (layout == Layout::TD3) {
        const Line personal = b.substr(28, 14);
        add(verifies(personal, b[42]) || (b[42] == '<' && personal.find_first_not_of('<') == Line::npos));
        add(b[43] != '<' && verifies(b.substr(0, 10) + b.substr(13, 7) + b.substr(21, 22), b[43]));
    } else if (layout == Layout::TD2) {
        add(b[35] != '<' && verifies(b.substr(0, 10) + b.substr(13, 7) + b.substr(21, 14), b[35]));
    }
}

// Look-alikes swapped one at a time in fields of letters and digits.
constexpr char kLookAlikes[][2] = {{'0', 'O'}, {'1', 'I'}, {'8', 'B'}, {'5', 'S'},
                                   {'2', 'Z'}, {'6', 'G'}, {'0', 'D'}, {'0', 'Q'}};

char swapped(char c, int k)
{
    if (c == kLookAlikes[k][0])
        return kLookAlikes[k][1];
    if (c == kLookAlikes[k][1])
        return kLookAlikes[k][0];
    return 0;
}

// A line without check digits (the names): each reading brought to length
// at its least cost, then the one the others agree with most, character by
// character.
Line consensus(const std::vector<Line> &readings, std::size_t length, const std::string &kinds)
{
    std::vector<std::pair<Line, int>> picks;
    for (const Line &raw : readings) {
        std::vector<std::pair<Line, int>> variants;
        lengthVariants(cleanFillers(raw), length, variants);
        if (variants.empty())
            continue;
        const auto cheapest = std::min_element(variants.begin(), variants.end(),
                                               [](const auto &a, const auto &b) { return a.second < b.second; });
        picks.emplace_back(cleanFillers(withKinds(cheapest->first, kinds)), cheapest->second);
    }
    if (picks.empty())
        return Line(length, '<');
    std::vector<std::map<char, int>> votes(length);
    for (const auto &[line, cost] : picks) {
        for (std::size_t p = 0; p < length; ++p)
            ++votes[p][line[p]];
    }
    const std::pair<Line, int> *best = nullptr;
    int bestScore = 0;
    for (const auto &pick : picks) {
        int score = -2 * pick.second;
        for (std::size_t p = 0; p < length; ++p)
            score += votes[p][pick.first[p]];
        if (!best || score > bestScore) {
            best = &pick;
            bestScore = score;
        }
    }
    return best->first;
}

// A first line whose issuing state slid (a filler lost or added after the
// document code) put back in place, when the nationality is found near the start.
Line alignedOnState(const Line &first, const std::vector<Line> &readings, const Line &nationality)
{
    if (first.compare(2, 3, nationality) == 0 || nationality.find('<') != Line::npos)
        return first;
    for (const Line &raw : readings) {
        const std::size_t at = raw.find(nationality);
        if (at == Line::npos || at > 6 || at == 2)
            continue;
        Line aligned = raw.substr(0, 1) + (at >= 2 && raw[1] >= 'A' && raw[1] <= 'Z' ? raw.substr(1, 1) : Line("<"))
            + raw.substr(at);
        aligned.resize(first.size(), '<');
        return aligned;
    }
    return first;
}

Reading readAs(const Shape &shape, const std::vector<std::vector<Line>> &readings)
{
    Reading best;
    const std::size_t count = shape.kinds.size();
    std::vector<std::vector<std::pair<Line, int>>> options(count);
    // The lines with check digits are searched; the others are read by consensus.
    const std::vector<std::size_t> checked =
        shape.layout == Layout::TD1 ? std::vector<std::size_t>{0, 1} : std::vector<std::size_t>{1};
    for (std::size_t i : checked) {
        std::set<Line> seen;
        std::set<Line> cleaned;
        for (const Line &raw : readings[i]) {
            for (std::size_t keep = 0; keep <= 2; ++keep)
                cleaned.insert(cleanFillers(raw, keep));
        }
        for (const Line &raw : cleaned) {
            std::vector<std::pair<Line, int>> variants;
            lengthVariants(raw, shape.length, variants);
            for (const auto &[variant, cost] : variants) {
                const Line line = cleanFillers(withKinds(variant, shape.kinds[i]));
                if (seen.insert(line).second)
                    options[i].emplace_back(line, cost);
            }
        }
        if (options[i].empty())
            return best;
    }
    const std::size_t numberLine = shape.layout == Layout::TD1 ? 0 : 1;
    const std::size_t numberStart = shape.layout == Layout::TD1 ? 5 : 0;
    const std::size_t nationalityAt = shape.layout == Layout::TD1 ? 15 : 10;
    std::vector<Line> lines(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (std::find(checked.begin(), checked.end(), i) != checked.end())
            continue;
        lines[i] = consensus(readings[i], shape.length, shape.kinds[i]);
    }
    auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto consider = [&](const std::vector<Line> &candidate, int cost) {
        Reading r;
        r.layout = shape.layout;
        r.lines = candidate;
        r.cost = cost;
        countChecks(shape.layout, r);
        // What a real zone looks like: each oddity makes a chance match less likely to win.
        const Line &first = candidate[0];
        if (std::string("PIACV").find(first[0]) == std::string::npos)
            r.cost += 4;
        if (!letter(first[1]) && first[1] != '<')
            r.cost += 4;
        if (!letter(first[2]))
            r.cost += 5;
        if (!letter(candidate[1][nationalityAt]))
            r.cost += 5;
        const Line &number = candidate[numberLine];
        if (number[numberStart] == '<')
            r.cost += 3 + (number[numberStart + 1] == '<' ? 3 : 0);
        if (best.checks == 0 || r.betterThan(best))
            best = r;
    };
    auto tryLookAlikes = [&](std::vector<Line> &candidate, int cost) {
        consider(candidate, cost);
        if (best.verified())
            return;
        {
            // A document number of digits read with its usual confusions.
            std::vector<Line> digits = candidate;
            bool changed = false;
            for (std::size_t p = numberStart; p < numberStart + 9; ++p) {
                char &c = digits[numberLine][p];
                const char d = (c == 'O' || c == 'Q' || c == 'D') ? '0' : c == 'I' ? '1' : c;
                changed = changed || d != c;
                c = d;
            }
            if (changed)
                consider(digits, cost + 2);
            if (best.verified())
                return;
        }
        for (std::size_t li : checked) {
            const std::string &kinds = shape.kinds[li];
            for (std::size_t p = 0; p < kinds.size(); ++p) {
                if (kinds[p] != 'X')
                    continue;
                const char was = candidate[li][p];
                for (int k = 0; k < 8; ++k) {
                    const char c = swapped(was, k);
                    if (!c)
                        continue;
                    candidate[li][p] = c;
                    consider(candidate, cost + 3);
                }
                candidate[li][p] = was;
            }
        }
    };
    if (checked.size() == 1) {
        for (const auto &[line, cost] : options[checked[0]]) {
            lines[checked[0]] = line;
            tryLookAlikes(lines, cost);
            if (best.verified() && best.cost == 0)
                break;
        }
    } else {
        for (const auto &[first, firstCost] : options[0]) {
            for (const auto &[second, secondCost] : options[1]) {
                lines[0] = first;
                lines[1] = second;
                consider(lines, firstCost + secondCost);
            }
        }
        if (!best.verified()) {
            std::vector<Line> candidate = best.lines;
            tryLookAlikes(candidate, best.cost);
        }
    }
    return best;
}

} // namespace

std::optional<MrzData> parseMrzReadings(const QList<QStringList> &readingsPerLine, double aspect)
{
    if (readingsPerLine.size() < 2 || readingsPerLine.size() > 3)
        return std::nullopt;
    std::vector<std::vector<Line>> readings;
    for (const QStringList &alternatives : readingsPerLine) {
        std::vector<Line> line;
        for (const QString &text : alternatives) {
            QString kept;
            for (QChar c : text.toUpper()) {
                if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                    || c == QLatin1Char('<'))
                    kept += c;
            }
            line.push_back(kept.toStdString());
        }
        readings.push_back(line);
    }
    auto meanLength = [&](std::size_t i) {
        double sum = 0;
        for (const Line &line : readings[i])
            sum += double(line.size());
        return readings[i].empty() ? 0.0 : sum / double(readings[i].size());
    };
    const bool visa = std::any_of(readings[0].begin(), readings[0].end(),
                                  [](const Line &line) { return !line.empty() && line[0] == 'V'; });
    std::vector<Shape> shapes;
    if (readings.size() == 3) {
        shapes.push_back(td1());
    } else {
        // A 36-character line is about 35–38 heights long, a 44-character one more than 38.
        const double longest = std::max(meanLength(0), meanLength(1));
        // The zone's proportions decide only where the lengths read do not.
        if (longest < 38 || (longest < 41 && (aspect <= 0 || aspect < 40)))
            shapes.push_back(td2(visa));
        if (longest > 41 || (longest > 38 && (aspect <= 0 || aspect > 37)) || (aspect > 40 && longest > 30))
            shapes.push_back(td3(visa));
    }
    Reading best;
    for (const Shape &shape : shapes) {
        const Reading r = readAs(shape, readings);
        if (r.checks > 0 && (best.checks == 0 || r.betterThan(best)))
            best = r;
    }
    if (best.checks == 0)
        return std::nullopt;
    if (best.layout != Layout::TD1) {
        const Line aligned = alignedOnState(best.lines[0], readings[0], best.lines[1].substr(10, 3));
        if (aligned != best.lines[0]) {
            best.lines[0] = cleanFillers(withKinds(aligned, std::string(aligned.size(), 'A')));
            ++best.cost;
        }
    }
    // A visa's document code begins with V, whatever the first letter was read as.
    if ((best.layout == Layout::VisaA || best.layout == Layout::VisaB) && best.lines[0][0] != 'V') {
        best.lines[0][0] = 'V';
        ++best.cost;
    }
    QStringList lines;
    for (const Line &line : best.lines)
        lines << QString::fromStdString(line);
    std::optional<MrzData> data = parseMrz(lines);
    if (!data)
        return std::nullopt;
    data->repairs = std::max(data->repairs, best.cost);
    data->plausible = best.cost <= kMostEdits;
    // The number and its check digit as two readings gave them, a filler
    // read as K aside.
    const bool td1 = best.layout == Layout::TD1;
    const Line number = best.lines[td1 ? 0 : 1].substr(td1 ? 5 : 0, 10);
    const auto carries = [&number](const Line &raw) {
        for (std::size_t at = 0; at + number.size() <= raw.size(); ++at) {
            std::size_t k = 0;
            while (k < number.size() && (raw[at + k] == number[k] || (number[k] == '<' && raw[at + k] == 'K')))
                ++k;
            if (k == number.size())
                return true;
        }
        return false;
    };
    const std::vector<Line> &numberReadings = readings[td1 ? 0 : 1];
    data->numberConfirmed = std::count_if(numberReadings.begin(), numberReadings.end(), carries) >= 2;
    return data;
}

} // namespace pc::intake
