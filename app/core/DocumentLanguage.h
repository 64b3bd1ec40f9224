#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace pc {

// The language a document is written in (a report, a letter, an export),
// whatever the window speaks. Its words come from the translator of that
// language, compiled in as ":/i18n/privacy-console_<code>.qm" and loaded
// once per language for the whole process (reports are built off the UI
// thread too); its dates and numbers follow dates::localeFor(). A language
// with no translator is English, the source language of the texts.
class DocumentLanguage final
{
public:
    explicit DocumentLanguage(const QString &code = QStringLiteral("en"));

    // "en", "fr"…: the code asked for, or "en" when it has no translator.
    QString code() const { return m_code; }
    QLocale locale() const;
    // The translation of `source` in `context`, else `source` itself (UTF-8);
    // "%n" (and "%Ln", in this language's locale) replaced by `n` as
    // QCoreApplication::translate does.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // Whether documents can be written in `code`: English, or a language
    // whose translator is there.
    static bool isAvailable(const QString &code);
    // Takes the translator of `code` from a compiled file (.qm) rather than
    // from the application's resources: a pseudo-language in the tests.
    // False, and nothing changed, when the file cannot be loaded.
    static bool useFile(const QString &code, const QString &qmPath);

private:
    QString m_code;
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace pc

// In a class whose text is written in a document's language rather than the
// window's: declares tr(), which translates in `context` through the
// class's documentLanguage() (a `const DocumentLanguage &` it provides).
// lupdate reads it as Q_DECLARE_TR_FUNCTIONS (-tr-function-alias), so the
// class's tr() calls reach the translators like any other.
#define PC_DOCUMENT_TR_FUNCTIONS(context)                                                                    \
public:                                                                                                    \
    QString tr(const char *source, const char *disambiguation = nullptr, int n = -1) const                 \
    {                                                                                                      \
        return documentLanguage().translate(#context, source, disambiguation, n);                          \
    }                                                                                                      \
                                                                                                           \
private:
