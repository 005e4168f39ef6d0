#pragma once

// The layering rules of CONTRIBUTING.md ("The layers, and who may include whom") as code: reads the
// libraries the build defines (numberdesk-layers.txt, written by src/core/CMakeLists.txt and
// src/CMakeLists.txt from the same lists the libraries link) and every #include under src/, and names
// each include that crosses a line:
// - a core or sandbox file includes a part of the core its library does not link (directly or through
//   another core library), or the gui, the app, a Designer form or a Qt Widgets / Print Support header;
// - a gui feature folder (gui/form, gui/results, …) includes another feature folder or the gui's top
//   folder; gui/common includes any feature. Only gui/ itself (MainWindow: it puts the features
//   together) and the app may include every feature;
// - anything but the app and the gui's top folder includes the app.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nd::architecture {

struct Layer
{
    QString name; // the library, without "numberdesk-"
    QStringList folders; // under src/: "core/request"
    QStringList links; // other layers it links, directly
};

struct Violation
{
    QString file; // relative to src/
    QString include;
    QString rule;
};

// One layer per non-empty line "<name> <folder>,<folder> [<layer>,<layer>]"; empty list on a bad line.
QList<Layer> parseLayers(const QString &text, QString *error);
// The layers `layer` reaches through its links, itself included.
QSet<QString> reachableLayers(const QList<Layer> &layers, const QString &layer);
// Every rule above, over the .h and .cpp files under `srcRoot`. `forbiddenHeaders` are the header names
// no core or sandbox file may include (Qt Widgets' and Print Support's, e.g. "QWidget").
QList<Violation> checkTree(
    const QString &srcRoot, const QList<Layer> &layers, const QSet<QString> &forbiddenHeaders);
QString describe(const Violation &violation);

} // namespace nd::architecture
