#pragma once
// Reading a secret from the terminal: whether standard input is one, and one line read with the echo
// switched off (POSIX: termios; Windows: the console mode).
#include <QByteArray>

#include <optional>

namespace certdesk {

class TerminalEcho
{
public:
    // True when standard input is a terminal (a console on Windows), i.e. a prompt can be answered.
    static bool stdinIsTerminal();
    // Reads one line from standard input without echoing it and restores the echo afterwards; returns it
    // without its line end (UTF-8 on Windows, the terminal's encoding on POSIX), nullopt when nothing
    // could be read (end of input, an error). The caller prints the question and the newline after it.
    static std::optional<QByteArray> readLineWithoutEcho();
};

} // namespace certdesk
