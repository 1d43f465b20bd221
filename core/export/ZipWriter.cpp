#include "export/ZipWriter.h"

#include <zip.h>

#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace certdesk {
namespace {

constexpr zip_uint32_t kExternalMode0600 = 0100600u << 16; // Unix S_IFREG | rw------- in the high half
constexpr qint64 kWriteChunk = 1 << 20;

struct ZipDiscard
{
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipSourceFree
{
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;
using ZipSourcePtr = std::unique_ptr<zip_source_t, ZipSourceFree>;

struct ZipErrorText
{
    zip_error_t error;
    ZipErrorText() { zip_error_init(&error); }
    ~ZipErrorText() { zip_error_fini(&error); }
    QString text() { return QString::fromUtf8(zip_error_strerror(&error)); }
};

bool isValidEntryName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.last().isEmpty();
}

} // namespace

struct ZipWriter::State
{
    QString path;
    QSaveFile file;
    ZipSourcePtr buffer; // the archive is built in memory, then written to `file` in commit()
    ZipPtr zip;
    std::optional<Error> failure; // the first file error; every later call reports it
    bool committed = false;

    QString displayPath() const { return QDir::toNativeSeparators(path); }
    // Records the first file error and removes the temporary file at once.
    Error fail(const QString& message, const QString& detail)
    {
        failure = makeError(ErrorCode::Io, message, detail);
        zip.reset();
        buffer.reset();
        if (file.isOpen()) {
            file.cancelWriting();
            (void)file.commit(); // after cancelWriting: removes the temporary file, writes nothing
        }
        return *failure;
    }
};

ZipWriter::ZipWriter(const QString& path) : m_d(std::make_unique<State>())
{
    m_d->path = path;
    m_d->file.setFileName(path);
    // Restrict the temporary file before any byte is written: the archive holds private keys.
    if (!m_d->file.open(QIODevice::WriteOnly) ||
        !m_d->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_d->fail(tr("Could not create the ZIP file %1.").arg(m_d->displayPath()), m_d->file.errorString());
        return;
    }
    ZipErrorText error;
    m_d->buffer.reset(zip_source_buffer_create(nullptr, 0, 0, &error.error));
    if (m_d->buffer) {
        zip_source_keep(m_d->buffer.get()); // one reference for the archive, one to read the result back
        m_d->zip.reset(zip_open_from_source(m_d->buffer.get(), ZIP_TRUNCATE, &error.error));
        if (!m_d->zip)
            zip_source_free(m_d->buffer.get()); // the archive's reference was not taken
    }
    if (!m_d->zip)
        m_d->fail(tr("Could not create the ZIP file %1.").arg(m_d->displayPath()), error.text());
}

ZipWriter::~ZipWriter() = default; // zip_discard, then QSaveFile removes its uncommitted temporary file

Status ZipWriter::add(const QString& nameInZip, const QByteArray& bytes)
{
    if (m_d->failure)
        return *m_d->failure;
    if (m_d->committed)
        return makeError(ErrorCode::Io, tr("The ZIP file %1 is already complete.").arg(m_d->displayPath()));
    if (!isValidEntryName(nameInZip))
        return makeError(ErrorCode::Invalid,
                         tr("“%1” is not a valid file name inside a ZIP file.").arg(nameInZip));

    zip_t* const zip = m_d->zip.get();
    const QString addFailed = tr("Could not add %1 to the ZIP file %2.").arg(nameInZip, m_d->displayPath());
    // libzip reads the data only in commit(): give it its own copy, which libzip frees.
    const auto size = static_cast<size_t>(bytes.size());
    void* copy = size ? std::malloc(size) : nullptr;
    if (size && !copy)
        return makeError(ErrorCode::Io, addFailed, QStringLiteral("out of memory"));
    if (copy)
        std::memcpy(copy, bytes.constData(), size);
    zip_source_t* source = zip_source_buffer(zip, copy, size, 1);
    if (!source) {
        std::free(copy);
        return makeError(ErrorCode::Io, addFailed, QString::fromUtf8(zip_strerror(zip)));
    }
    const zip_int64_t index = zip_file_add(zip, nameInZip.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        const QString detail = QString::fromUtf8(zip_strerror(zip));
        const bool duplicate = zip_error_code_zip(zip_get_error(zip)) == ZIP_ER_EXISTS;
        zip_error_clear(zip);
        if (duplicate)
            return makeError(ErrorCode::Invalid,
                             tr("The ZIP file %1 already contains %2.").arg(m_d->displayPath(), nameInZip));
        return makeError(ErrorCode::Io, addFailed, detail);
    }
    const auto entry = static_cast<zip_uint64_t>(index);
    const bool compressed = zip_set_file_compression(zip, entry, ZIP_CM_DEFLATE, 0) == 0;
    if (!compressed ||
        zip_file_set_external_attributes(zip, entry, 0, ZIP_OPSYS_UNIX, kExternalMode0600) != 0) {
        const QString detail = QString::fromUtf8(zip_strerror(zip));
        zip_delete(zip, entry);
        return makeError(ErrorCode::Io, addFailed, detail);
    }
    return {};
}

Status ZipWriter::commit()
{
    if (m_d->failure)
        return *m_d->failure;
    if (m_d->committed)
        return {};
    const QString writeFailed = tr("Could not write the ZIP file %1.").arg(m_d->displayPath());
    auto fail = [&](const QString& detail) -> Status { return m_d->fail(writeFailed, detail); };

    if (zip_get_num_entries(m_d->zip.get(), 0) == 0) {
        // libzip writes nothing for an empty archive; write the bare end-of-central-directory record.
        static const char kEmptyZip[22] = {'P', 'K', 5, 6};
        if (m_d->file.write(kEmptyZip, sizeof kEmptyZip) != sizeof kEmptyZip || !m_d->file.commit())
            return fail(m_d->file.errorString());
        m_d->zip.reset();
        m_d->buffer.reset();
        m_d->committed = true;
        return {};
    }
    // zip_close compresses every entry into the memory buffer; on failure the archive is discarded.
    if (zip_close(m_d->zip.get()) != 0)
        return fail(QString::fromUtf8(zip_strerror(m_d->zip.get())));
    (void)m_d->zip.release(); // closed and freed by zip_close

    zip_source_t* buffer = m_d->buffer.get();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(buffer) != 0)
        return fail(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer))));
    QByteArray chunk(static_cast<qsizetype>(std::min<zip_uint64_t>(st.size, kWriteChunk)), Qt::Uninitialized);
    zip_uint64_t written = 0;
    while (written < st.size) {
        const zip_int64_t n = zip_source_read(buffer, chunk.data(), static_cast<zip_uint64_t>(chunk.size()));
        if (n <= 0 || m_d->file.write(chunk.constData(), n) != n) {
            zip_source_close(buffer);
            return fail(n <= 0 ? QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)))
                               : m_d->file.errorString());
        }
        written += static_cast<zip_uint64_t>(n);
    }
    zip_source_close(buffer);
    m_d->buffer.reset();

    if (!m_d->file.commit()) // flush, fsync, rename over `path`; removes the temporary file on failure
        return fail(m_d->file.errorString());
    m_d->committed = true;
    return {};
}

} // namespace certdesk
