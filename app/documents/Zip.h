#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc::documents {

// A ZIP archive built in memory by libzip (deflated entries, UTF-8 names):
// what any system's archive tool opens.
class ZipWriter final
{
public:
    explicit ZipWriter(const QDateTime &stamp = QDateTime::currentDateTime()) : m_stamp(stamp) {}
    void add(const QString &name, const QByteArray &content);
    // The archive; empty only when libzip could not make it (memory ran out).
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        QByteArray content;
    };
    QDateTime m_stamp;
    QList<Entry> m_entries;
};

} // namespace pc::documents
