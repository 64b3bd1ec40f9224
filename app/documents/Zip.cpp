#include "Zip.h"

#include <zip.h>

#include <memory>

namespace pc::documents {
namespace {

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

// The bytes a buffer source holds once its archive is closed.
QByteArray readAll(zip_source_t *source)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || zip_source_open(source) != 0)
        return {};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    return read == zip_int64_t(stat.size) ? bytes : QByteArray();
}

} // namespace

struct ZipReader::Archive
{
    zip_t *zip = nullptr;
    ~Archive()
    {
        if (zip)
            zip_discard(zip);
    }
};

ZipReader::ZipReader() = default;
ZipReader::~ZipReader() = default;

bool ZipReader::open(const QByteArray &bytes)
{
    m_archive.reset();
    m_bytes = bytes; // libzip reads from these bytes for as long as the archive is open
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return false;
    }
    zip_t *zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!zip) {
        zip_source_free(source);
        return false;
    }
    m_archive = std::make_unique<Archive>();
    m_archive->zip = zip;
    return true;
}

QStringList ZipReader::names() const
{
    QStringList names;
    if (!m_archive)
        return names;
    const zip_int64_t count = zip_get_num_entries(m_archive->zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_archive->zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names << QString::fromUtf8(name);
    }
    return names;
}

bool ZipReader::contains(const QString &name) const
{
    return size(name) >= 0;
}

qint64 ZipReader::size(const QString &name) const
{
    if (!m_archive)
        return -1;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive->zip, name.toUtf8().constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

QByteArray ZipReader::read(const QString &name, qint64 most, bool *ok) const
{
    if (ok)
        *ok = false;
    if (!m_archive)
        return {};
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive->zip, name.toUtf8().constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)
        || qint64(stat.size) > most
        || ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE))
        return {};
    zip_file_t *file = zip_fopen_index(m_archive->zip, stat.index, 0);
    if (!file)
        return {};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size))
        return {};
    if (ok)
        *ok = true;
    return bytes;
}

void ZipWriter::add(const QString &name, const QByteArray &content, bool stored)
{
    // libzip reads the contents when the archive is closed: they are kept until then.
    m_entries.append({name.toUtf8(), content, stored});
}

QByteArray ZipWriter::finish()
{
    zip_error_t error;
    zip_error_init(&error);
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        zip_error_fini(&error);
        return {};
    }
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive)
        return {};
    // Closing the archive would free the source it was opened on: it stays ours.
    zip_source_keep(buffer.get());
    const time_t stamp = time_t(m_stamp.toSecsSinceEpoch());
    bool ok = true;
    for (const Entry &entry : std::as_const(m_entries)) {
        zip_source_t *content = zip_source_buffer(archive, entry.content.constData(), zip_uint64_t(entry.content.size()), 0);
        const zip_int64_t index = content ? zip_file_add(archive, entry.name.constData(), content, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(content);
            ok = false;
            break;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        zip_file_set_mtime(archive, zip_uint64_t(index), stamp, 0);
    }
    if (!ok) {
        zip_discard(archive);
        return {};
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    return readAll(buffer.get());
}

} // namespace pc::documents
