#include "gui/form/DeskSettings.h"

#include <QSettings>

namespace nd {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString ChangeTypeKey = QStringLiteral("form/lastChangeType");
const QString HistoryColumnsKey = QStringLiteral("historyWindow/columns");
} // namespace

QByteArray DeskSettings::windowGeometry() const
{
    return QSettings().value(GeometryKey).toByteArray();
}

QByteArray DeskSettings::windowState() const
{
    return QSettings().value(StateKey).toByteArray();
}

QByteArray DeskSettings::splitterState() const
{
    return QSettings().value(SplitterKey).toByteArray();
}

std::optional<ChangeType> DeskSettings::lastChangeType() const
{
    // Stored by wire name so a reordered enum never turns "park" into "cancel".
    return changeTypeFromWireName(QSettings().value(ChangeTypeKey).toString());
}

void DeskSettings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    QSettings settings;
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, state);
    settings.setValue(SplitterKey, splitter);
}

void DeskSettings::saveLastChangeType(ChangeType type)
{
    QSettings().setValue(ChangeTypeKey, wireName(type));
}

QByteArray DeskSettings::historyColumns() const
{
    return QSettings().value(HistoryColumnsKey).toByteArray();
}

void DeskSettings::saveHistoryColumns(const QByteArray &state)
{
    QSettings().setValue(HistoryColumnsKey, state);
}

} // namespace nd
