#pragma once
// A table model whose rows are reloaded while views show them (another desktop changed the database):
// replaceRows() turns the old rows into the fresh ones by removing and inserting only what differs, by
// key, and updates the rest in place. Views keep their selection and current row (persistent indexes
// follow the keys), their scroll position and their sort; a model reset only when the order of the
// rows that stayed changed.
#include <QAbstractTableModel>
#include <QSet>

namespace certdesk {

class LiveTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template <typename Row, typename KeyOf> void replaceRows(QList<Row>& rows, QList<Row> fresh, KeyOf keyOf)
    {
        QSet<QString> freshKeys;
        QStringList freshOrder;
        for (const Row& r : std::as_const(fresh)) {
            freshOrder << keyOf(r);
            freshKeys.insert(freshOrder.constLast());
        }
        // Rows that are gone, from the end (contiguous runs at once).
        for (int i = int(rows.size()) - 1; i >= 0;) {
            if (freshKeys.contains(keyOf(rows.at(i)))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !freshKeys.contains(keyOf(rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, i);
            rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        // The rows that stayed must be in the fresh order; otherwise (a sort value changed) start over.
        QSet<QString> kept;
        for (const Row& r : std::as_const(rows))
            kept.insert(keyOf(r));
        QStringList keptInFreshOrder;
        for (const QString& k : std::as_const(freshOrder)) {
            if (kept.contains(k))
                keptInFreshOrder << k;
        }
        bool sameOrder = keptInFreshOrder.size() == rows.size();
        for (int i = 0; sameOrder && i < rows.size(); ++i)
            sameOrder = keyOf(rows.at(i)) == keptInFreshOrder.at(i);
        if (!sameOrder) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            return;
        }
        // New rows where they belong (contiguous runs at once).
        for (int i = 0; i < fresh.size();) {
            if (kept.contains(freshOrder.at(i))) {
                ++i;
                continue;
            }
            int last = i;
            while (last + 1 < fresh.size() && !kept.contains(freshOrder.at(last + 1)))
                ++last;
            beginInsertRows({}, i, last);
            for (int j = i; j <= last; ++j)
                rows.insert(j, fresh.at(j));
            endInsertRows();
            i = last + 1;
        }
        // Everything else in place.
        rows = std::move(fresh);
        if (!rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
    }
};

} // namespace certdesk
