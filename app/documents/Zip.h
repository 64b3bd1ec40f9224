#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc::documents {

// A ZIP archive (PKWARE APPNOTE 6.3, deflated entries, UTF-8 names) built in
// memory: what any system's archive tool opens.
class ZipWriter final
{
public:
    explicit ZipWriter(const QDateTime &stamp = QDateTime::currentDateTime()) : m_stamp(stamp) {}
    void add(const QString &name, const QByteArray &content);
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 method = 0;
    };
    QDateTime m_stamp;
    QByteArray m_data;
    QList<Entry> m_entries;
};

quint32 crc32(const QByteArray &data);

} // namespace pc::documents
