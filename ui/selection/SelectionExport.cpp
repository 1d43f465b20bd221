#include "SelectionExport.h"
#include "store/UserSummaryStore.h"

namespace certdesk {

QByteArray SelectionExport::csvField(const QString& value)
{
    QString v = value;
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

Result<qint64> SelectionExport::writeCsv(Database& db, const QString& group, const QDateTime& nowUtc,
                                         QIODevice& out)
{
    constexpr int kChunk = 5000;
    QByteArray buf("\xEF\xBB\xBF");
    const QStringList header = {tr("Login ID"), tr("Name"), tr("Certificate authentication"),
                                tr("In-use count"), tr("Issued count")};
    QList<QByteArray> cols;
    for (const QString& h : header)
        cols << csvField(h);
    buf += cols.join(',') + "\r\n";
    const QString use = tr("Use");
    const QString dontUse = tr("Don't use");
    qint64 rows = 0;
    UserQuery q;
    q.group = group;
    q.limit = kChunk;
    for (;;) {
        auto page = UserSummaryStore(db).list(q, UserSort::DisplayName, false, nowUtc);
        if (!page)
            return page.error();
        for (const UserSummary& u : page.value()) {
            cols.clear();
            cols << csvField(u.loginId) << csvField(u.displayName) << csvField(u.certAuth ? use : dontUse)
                 << QByteArray::number(u.inUse) << QByteArray::number(u.issued);
            buf += cols.join(',') + "\r\n";
            ++rows;
        }
        if (out.write(buf) != buf.size())
            return makeError(ErrorCode::Io, tr("Writing the list failed: %1").arg(out.errorString()));
        buf.clear();
        if (page->size() < kChunk)
            break;
        q.offset += kChunk;
    }
    return rows;
}

} // namespace certdesk
