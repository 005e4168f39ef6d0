#pragma once

// What the desk remembers between sessions through QSettings: window geometry and layout, and the
// last change type, the History window's columns, the customer cards' support line and paper. Credentials
// are deliberately not here: they live in memory only.

#include "handoff/CardSheet.h"
#include "request/ChangeType.h"

#include <QByteArray>
#include <optional>

namespace nd {

class DeskSettings final
{
public:
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    std::optional<ChangeType> lastChangeType() const;

    void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);
    void saveLastChangeType(ChangeType type);
    // The History window's column widths, as QHeaderView::saveState() gives them; empty when never saved.
    QByteArray historyColumns() const;
    void saveHistoryColumns(const QByteArray &state);
    // The line the organisation prints on every customer card ("Questions? Call 1-800-…"); may be empty.
    QString supportLine() const;
    void saveSupportLine(const QString &line);
    // Paper and cards per page last used; the paper defaults to the locale's (Letter in the US).
    CardSheetOptions cardSheetOptions() const;
    void saveCardSheetOptions(const CardSheetOptions &options);
};

} // namespace nd
