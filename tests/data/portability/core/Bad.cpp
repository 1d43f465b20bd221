// Fixture for scripts/check-portability: seven planted violations in this file, one in ui/BadEncoding.ui.
// Not compiled. Mentions in comments do not count: #include <termios.h>, __attribute__((unused)).
#include <QProcess>
#include <QString>
#include <csignal>
#include <unistd.h>
#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif
#include <windows.h>

namespace fixture {

__attribute__((unused)) static int unusedHelper()
{
    return 1;
}

void onHangUp(int) {}

bool portableLooking(int value)
{
    const char* text = "unistd.h and __builtin_trap in a string literal do not count";
    (void)text;
    std::signal(SIGTERM, onHangUp); // standard C++: fine
    std::signal(SIGHUP, onHangUp);
    QProcess process;
    process.setChildProcessModifier([] {});
    return __builtin_expect(value > 0, 1);
}

} // namespace fixture
