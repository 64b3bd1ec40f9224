#include "DocumentLanguage.h"

#include "Dates.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

namespace pc {
namespace {

using Translator = std::shared_ptr<const QTranslator>;

// The translators loaded so far, by language code; a language without one
// is remembered too (a null translator), so its file is looked for once.
struct Translators
{
    QMutex mutex;
    QHash<QString, Translator> byCode;
};

Translators &translators()
{
    static Translators state;
    return state;
}

Translator load(const QString &path)
{
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(path))
        return nullptr;
    return translator;
}

Translator translatorFor(const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    Translators &state = translators();
    const QMutexLocker lock(&state.mutex);
    const auto found = state.byCode.constFind(code);
    if (found != state.byCode.cend())
        return found.value();
    // English is the source language: its file carries only plural forms.
    Translator translator = load(QStringLiteral(":/i18n/privacy-console_%1.qm").arg(code));
    state.byCode.insert(code, translator);
    return translator;
}

// "%n" by n, "%Ln" by n as the locale writes it (QCoreApplication::translate
// writes "%Ln" in the default locale: a document has its own).
void replacePercentN(QString &text, int n, const QLocale &locale)
{
    if (n < 0)
        return;
    qsizetype at = 0;
    while ((at = text.indexOf(QLatin1Char('%'), at)) != -1) {
        const bool localized = text.mid(at + 1, 1) == QLatin1String("L");
        const qsizetype letter = at + (localized ? 2 : 1);
        if (letter < text.size() && text.at(letter) == QLatin1Char('n')) {
            const QString number = localized ? locale.toString(n) : QString::number(n);
            text.replace(at, letter + 1 - at, number);
            at += number.size();
        } else {
            at = letter;
        }
    }
}

} // namespace

DocumentLanguage::DocumentLanguage(const QString &code)
    : m_code(code), m_translator(translatorFor(code))
{
    // A language with no translator is written in English.
    if (!m_translator && m_code != QLatin1String("en")) {
        m_code = QStringLiteral("en");
        m_translator = translatorFor(m_code);
    }
}

QLocale DocumentLanguage::locale() const
{
    return dates::localeFor(m_code);
}

QString DocumentLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    replacePercentN(text, n, locale());
    return text;
}

bool DocumentLanguage::isAvailable(const QString &code)
{
    return code == QLatin1String("en") || translatorFor(code) != nullptr;
}

bool DocumentLanguage::useFile(const QString &code, const QString &qmPath)
{
    Translator translator = load(qmPath);
    if (!translator)
        return false;
    Translators &state = translators();
    const QMutexLocker lock(&state.mutex);
    state.byCode.insert(code, translator);
    return true;
}

} // namespace pc
