#pragma once

// What the desk remembers between sessions through QSettings: window geometry and layout, and the
// last change type, the History window's columns. Credentials are deliberately not here: they live in memory
// only. Used by MainWindow.

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
};

} // namespace nd
