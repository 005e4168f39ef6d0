// The floor for bench_startup: the least a Qt Widgets program does to show a window (one empty
// QMainWindow), reporting its first paint exactly as numberdesk does under NUMBERDESK_REPORT_FIRST_PAINT.

#include "app/FirstPaintReport.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    new nd::FirstPaintReport(&window);
    window.show();
    return app.exec();
}
