#include "Countries.h"
#include "Text.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <unicode/uloc.h>

namespace pc::countries {
namespace {

// Lower case, no accents, words only: "Îles Féroé" -> "iles feroe".
QString fold(const QString &name)
{
    static const QRegularExpression punctuation(QStringLiteral(R"([^\p{L}\p{N}]+)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return text::withoutAccents(name).toLower().replace(punctuation, QStringLiteral(" ")).simplified();
}

QString displayName(const QString &code, const char *language)
{
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray locale = "_" + code.toLatin1();
    const int32_t length = uloc_getDisplayCountry(locale.constData(), language, buffer, 128, &status);
    if (U_FAILURE(status) || length <= 0)
        return {};
    return QString(reinterpret_cast<const QChar *>(buffer), std::min<int32_t>(length, 128));
}

const QHash<QString, QString> &codesByName()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        static const QRegularExpression parenthesis(QStringLiteral(R"(\s*\(([^)]*)\))"));
        for (const char *const *c = uloc_getISOCountries(); *c; ++c) {
            const QString code = QString::fromLatin1(*c);
            map.insert(fold(code), code);
            for (const char *language : {"fr", "en"}) {
                const QString name = displayName(code, language);
                map.insert(fold(name), code);
                // "Myanmar (Birmanie)": each part alone too.
                const QRegularExpressionMatch other = parenthesis.match(name);
                if (other.hasMatch()) {
                    map.insert(fold(QString(name).remove(parenthesis)), code);
                    map.insert(fold(other.captured(1)), code);
                }
            }
        }
        // Names in use that CLDR words otherwise (the CNIL's list among them).
        static const std::pair<const char *, const char *> kOthers[] = {
            {"rep dem du congo", "CD"}, {"republique democratique du congo", "CD"}, {"congo", "CG"},
            {"swaziland", "SZ"},       {"macedoine", "MK"},                        {"hong kong", "HK"},
            {"palestine", "PS"},       {"marshall", "MH"},                         {"salomon", "SB"},
            {"iraq", "IQ"},            {"micronesie", "FM"},                       {"etats unis d amerique", "US"},
            {"usa", "US"},             {"uk", "GB"},                               {"grande bretagne", "GB"},
            {"vietnam", "VN"},         {"tchequie", "CZ"},
        };
        for (const auto &[name, code] : kOthers)
            map.insert(QString::fromLatin1(name), QString::fromLatin1(code));
        return map;
    }();
    return names;
}

} // namespace

QString codeOf(const QString &name)
{
    const QString folded = fold(name);
    if (folded.isEmpty())
        return {};
    return codesByName().value(folded);
}

QString nameOf(const QString &code, const QString &language)
{
    const QString name = displayName(code.toUpper(), language == QLatin1String("fr") ? "fr" : "en");
    return name.isEmpty() ? code : name;
}

QString jurisdictionOf(const QString &code)
{
    static const QStringList ownLaws = {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("ZA"),
                                        QStringLiteral("TN"), QStringLiteral("VN")};
    // The GDPR's: the European Union and Iceland, Liechtenstein, Norway.
    static const QStringList eea = QStringLiteral("AT BG HR CY CZ DK EE FI DE GR HU IS IE IT LV LI LT LU MT NL NO PL PT "
                                                  "RO SK SI ES SE")
                                       .split(QLatin1Char(' '));
    const QString country = code.trimmed().toUpper();
    if (ownLaws.contains(country))
        return country;
    return eea.contains(country) ? QStringLiteral("EU") : QString();
}

} // namespace pc::countries
