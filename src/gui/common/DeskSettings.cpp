#include "gui/common/DeskSettings.h"

#include <QLocale>
#include <QSettings>

namespace nd {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString ChangeTypeKey = QStringLiteral("form/lastChangeType");
const QString HistoryColumnsKey = QStringLiteral("historyWindow/columns");
const QString SupportLineKey = QStringLiteral("cards/supportLine");
const QString CardPaperKey = QStringLiteral("cards/paper");
const QString CardsPerPageKey = QStringLiteral("cards/perPage");
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

QString DeskSettings::supportLine() const
{
    return QSettings().value(SupportLineKey).toString();
}

void DeskSettings::saveSupportLine(const QString &line)
{
    QSettings().setValue(SupportLineKey, line.trimmed());
}

CardSheetOptions DeskSettings::cardSheetOptions() const
{
    const QSettings settings;
    CardSheetOptions options;
    // Stored by name ("Letter", "A4") so the stored value means the same in every Qt version.
    const QString paper = settings.value(CardPaperKey).toString();
    const bool usPaper = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    if (paper == QLatin1String("Letter") || (paper.isEmpty() && usPaper))
        options.pageSize = QPageSize(QPageSize::Letter);
    options.cardsPerPage = settings.value(CardsPerPageKey, 4).toInt() == 1 ? 1 : 4;
    return options;
}

void DeskSettings::saveCardSheetOptions(const CardSheetOptions &options)
{
    QSettings settings;
    settings.setValue(CardPaperKey,
        options.pageSize.id() == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
    settings.setValue(CardsPerPageKey, options.cardsPerPage);
}

} // namespace nd
