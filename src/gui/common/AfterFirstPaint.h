#pragma once

// Startup work that the first paint does not need (opening the order journal, starting the sandbox
// child, reading the keychain) runs after it, so the window shows as soon as a bare Qt window would:
// once `window` has been painted the first time and the event loop has handled what that paint queued,
// `work` runs, once. Should no paint come (a window started minimised, a platform that paints nothing),
// it runs after `fallbackMs` all the same. Used by main.cpp.

#include <functional>

class QWidget;

namespace nd {

void runAfterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs = 1000);

} // namespace nd
