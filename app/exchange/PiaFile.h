#pragma once

#include "core/Result.h"
#include "dpia/Dpia.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pc {
class Database;
}

namespace pc::exchange {

// The files of the CNIL's PIA tool (.json): one assessment with its
// answers, measures, evaluations and comments, as the tool exports and
// imports them. Read whole and checked before anything is written: a file
// that is not the tool's, names a question or a measure the method does not
// have, or holds a text too long is refused with the reason.
class PiaFile final
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::PiaFile)
public:
    static constexpr qint64 kLargestFile = 20 * 1024 * 1024;
    static constexpr qsizetype kLongestText = 1'000'000;

    static Result<Dpia> read(const QString &path);
    // `name` says which file in the messages.
    static Result<Dpia> parse(const QByteArray &content, const QString &name);

    // The tool's export of `dpia`, its parts numbered by their ids here.
    static QByteArray write(const Dpia &dpia);
    static Status save(const Dpia &dpia, const QString &path);

    // Writes a new assessment read from a file (its organization and
    // activities set) and one line of the trail that says where it came from.
    static Result<RowId> import(Database &db, Dpia &dpia, const QString &fileName);
};

} // namespace pc::exchange
