#include "platform/TerminalEcho.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace certdesk {

bool TerminalEcho::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}

std::optional<QByteArray> TerminalEcho::readLineWithoutEcho()
{
    termios old{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    bool gotAny = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        gotAny = true;
        if (c == '\n')
            break;
        line.append(static_cast<char>(c));
    }
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    if (!gotAny)
        return std::nullopt;
    while (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace certdesk
