// The floors for bench_startup, reporting their first paint exactly as numberdesk does under
// NUMBERDESK_REPORT_FIRST_PAINT:
//   bench_bare_window                  the least a Qt Widgets program does to show a window: one empty
//                                      QMainWindow, at the size Qt gives it (200x100)
//   bench_bare_window --size WxH       the same window at the size the app paints (bench_startup passes
//                                      the app's own), so both fill as many pixels
//   bench_bare_window --size WxH --text
//                                      plus one line of text (a QLabel): what any window that shows words
//                                      pays on top (fonts found, loaded and shaped), for reading the ratio
// The arguments are read by hand: the floor should do nothing the bare window does not need.

#include "app/FirstPaintReport.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    int width = 0;
    int height = 0;
    bool withText = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--text") == 0)
            withText = true;
        else if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc
            && std::sscanf(argv[++i], "%dx%d", &width, &height) != 2)
            return 2;
    }
    QApplication app(argc, argv);
    QMainWindow window;
    if (withText)
        window.setCentralWidget(new QLabel(QStringLiteral("Change the status of customers' mobile numbers")));
    if (width > 0 && height > 0)
        window.resize(width, height);
    new nd::FirstPaintReport(&window);
    window.show();
    return app.exec();
}
