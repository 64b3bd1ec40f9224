#include "Languages.h"

#include "Dates.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace pc::languages {
namespace {

struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString systemDefault()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void install(const QString &requested)
{
    const QString language = available().contains(requested) ? requested : QStringLiteral("en");
    Installed &state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    // English dates day first, as in the United Kingdom: never month first.
    const QLocale locale = dates::localeFor(language);
    QLocale::setDefault(locale);
    // English is the source language: its file carries only plural forms.
    if (state.own->load(locale, QStringLiteral("privacy-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(state.own.get());
    if (state.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    state.language = language;
}

QString current()
{
    return installed().language.isEmpty() ? QStringLiteral("en") : installed().language;
}

QString nativeName(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace pc::languages
