#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pc::documents {

// A ZIP archive built in memory by libzip (deflated entries, UTF-8 names):
// what any system's archive tool opens.
class ZipWriter final
{
public:
    explicit ZipWriter(const QDateTime &stamp = QDateTime::currentDateTime()) : m_stamp(stamp) {}
    // Entries are written in the order added, compressed unless `stored`
    // (an OpenDocument's "mimetype" comes first and as it is).
    void add(const QString &name, const QByteArray &content, bool stored = false);
    // The archive; empty only when libzip could not make it (memory ran out).
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        QByteArray content;
        bool stored = false;
    };
    QDateTime m_stamp;
    QList<Entry> m_entries;
};

// A ZIP archive read in memory by libzip: the containers of office files
// (OpenDocument, Office Open XML). Entries are read whole, up to a size
// given by the caller (a small archive may hold an enormous entry).
class ZipReader final
{
public:
    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False when `bytes` is not a ZIP archive, or a damaged one.
    bool open(const QByteArray &bytes);
    bool contains(const QString &name) const;
    // The entries' names, in the archive's order.
    QStringList names() const;
    // The entry's uncompressed size, -1 when there is none by that name.
    qint64 size(const QString &name) const;
    // The entry's bytes; empty when it is missing, larger than `most`,
    // encrypted or damaged (`ok` says which when given).
    QByteArray read(const QString &name, qint64 most, bool *ok = nullptr) const;

private:
    QByteArray m_bytes;
    struct Archive;
    std::unique_ptr<Archive> m_archive;
};

} // namespace pc::documents
