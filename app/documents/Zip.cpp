#include "Zip.h"

#include <QtEndian>

#include <array>

namespace pc::documents {
namespace {

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

quint16 dosTime(const QTime &t)
{
    return quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

quint16 dosDate(const QDate &d)
{
    return quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
}

} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &name, const QByteArray &content)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = crc32(content);
    entry.size = quint32(content.size());
    entry.offset = quint32(m_data.size());
    // qCompress gives a 4-byte length, a 2-byte zlib header, the raw deflate
    // stream ZIP wants, and a 4-byte Adler-32.
    const QByteArray zlib = qCompress(content, 9);
    QByteArray stored = zlib.size() > 10 ? zlib.mid(6, zlib.size() - 10) : QByteArray();
    entry.method = 8;
    if (stored.isEmpty() || stored.size() >= content.size()) {
        stored = content;
        entry.method = 0;
    }
    entry.compressedSize = quint32(stored.size());

    put32(m_data, 0x04034b50);
    put16(m_data, 20);
    put16(m_data, 0x0800); // names in UTF-8
    put16(m_data, entry.method);
    put16(m_data, dosTime(m_stamp.time()));
    put16(m_data, dosDate(m_stamp.date()));
    put32(m_data, entry.crc);
    put32(m_data, entry.compressedSize);
    put32(m_data, entry.size);
    put16(m_data, quint16(entry.name.size()));
    put16(m_data, 0);
    m_data += entry.name;
    m_data += stored;
    m_entries << entry;
}

QByteArray ZipWriter::finish()
{
    const quint32 directoryStart = quint32(m_data.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(m_data, 0x02014b50);
        put16(m_data, 0x0314); // made by: Unix, 2.0
        put16(m_data, 20);
        put16(m_data, 0x0800);
        put16(m_data, entry.method);
        put16(m_data, dosTime(m_stamp.time()));
        put16(m_data, dosDate(m_stamp.date()));
        put32(m_data, entry.crc);
        put32(m_data, entry.compressedSize);
        put32(m_data, entry.size);
        put16(m_data, quint16(entry.name.size()));
        put16(m_data, 0);
        put16(m_data, 0);
        put16(m_data, 0);
        put16(m_data, 0);
        put32(m_data, 0100600u << 16); // -rw-------
        put32(m_data, entry.offset);
        m_data += entry.name;
    }
    const quint32 directorySize = quint32(m_data.size()) - directoryStart;
    put32(m_data, 0x06054b50);
    put16(m_data, 0);
    put16(m_data, 0);
    put16(m_data, quint16(m_entries.size()));
    put16(m_data, quint16(m_entries.size()));
    put32(m_data, directorySize);
    put32(m_data, directoryStart);
    put16(m_data, 0);
    return m_data;
}

} // namespace pc::documents
