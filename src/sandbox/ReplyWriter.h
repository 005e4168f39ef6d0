#pragma once

// Puts a SandboxReply on the wire through QHttpServerResponder, and streams the QrOversized body
// in chunks as the socket drains so a 30 MiB answer never blocks the server.
// Used by SandboxServer.

#include "sandbox/SandboxReply.h"

#include <QtHttpServer/QHttpServerResponder>

namespace nd::sandbox {

class ReplyWriter final
{
public:
    static void write(QHttpServerResponder &responder, const SandboxReply &reply);
    // 200 labelled image/png: a PNG signature followed by `size` - 8 bytes of filler.
    static void streamOversizedPng(QHttpServerResponder &&responder, qint64 size);
};

} // namespace nd::sandbox
