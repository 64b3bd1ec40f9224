// Checks translation files as lupdate leaves them:
//   check_translations COMPLETE.ts... --plurals PLURALS.ts...
// In a COMPLETE file every message is translated; in a PLURALS file (the
// source language's) every message with a count has all its plural forms.
// In every file a translation holds the same %1, %2... as its source.
// Prints each problem, with its context and source, and exits 1 if any.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

QString list(const QSet<QString> &set)
{
    QStringList sorted(set.cbegin(), set.cend());
    sorted.sort();
    return sorted.isEmpty() ? QStringLiteral("none") : sorted.join(QLatin1Char(' '));
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;   // one, or one per plural form
};

// Every message of a .ts file; false when it cannot be read.
bool readMessages(const QString &path, QList<Message> *messages, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot be read: " << file.errorString() << Qt::endl;
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {   // a context's, the only element so named
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                message.unfinished = type == QLatin1String("unfinished");
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages->append(message);
            message = Message{};
        }
    }
    if (xml.hasError()) {
        err << path << ": not a translation file: " << xml.errorString() << " (line " << xml.lineNumber() << ")" << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);
    QStringList complete, plurals;
    bool pluralsOnly = false;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument == QLatin1String("--plurals"))
            pluralsOnly = true;
        else
            (pluralsOnly ? plurals : complete) << argument;
    }
    if (complete.isEmpty() && plurals.isEmpty()) {
        err << "usage: check_translations COMPLETE.ts... --plurals PLURALS.ts..." << Qt::endl;
        return 2;
    }
    int problems = 0;
    auto problem = [&](const QString &path, const Message &m, const QString &what) {
        err << path << ": " << m.context << ": \"" << m.source.left(100).replace(QLatin1Char('\n'), QLatin1Char(' '))
            << "\": " << what << Qt::endl;
        ++problems;
    };
    for (const QString &path : complete + plurals) {
        QList<Message> messages;
        if (!readMessages(path, &messages, err))
            return 1;
        const bool mustBeComplete = complete.contains(path);
        int checked = 0;
        for (const Message &m : std::as_const(messages)) {
            const bool wanted = mustBeComplete || m.numerus;
            const bool empty = m.translations.isEmpty()
                               || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                              [](const QString &t) { return t.isEmpty(); });
            if (wanted && (m.unfinished || empty)) {
                problem(path, m, m.numerus ? QStringLiteral("a plural form is missing") : QStringLiteral("not translated"));
                continue;
            }
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &translation : m.translations) {
                if (translation.isEmpty())
                    continue;
                ++checked;
                if (const QSet<QString> found = placeholders(translation); found != expected) {
                    problem(path, m, QStringLiteral("the translation has %1 where the source has %2")
                                         .arg(list(found), list(expected)));
                }
            }
        }
        out << path << ": " << messages.size() << " messages, " << checked << " translations checked" << Qt::endl;
    }
    if (problems > 0)
        err << problems << " problem(s): run the update_translations target, translate, and check the arguments." << Qt::endl;
    return problems == 0 ? 0 : 1;
}
