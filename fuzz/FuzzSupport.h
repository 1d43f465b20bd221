#pragma once
// Shared by the fuzz targets: silence Qt messages (a warning per input slows fuzzing to a crawl and
// hides the sanitizer report) and fail loudly when an invariant breaks.
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace certdesk::fuzz {

inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

// An invariant of the code under test does not hold: libFuzzer records the input as a crash.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace certdesk::fuzz
