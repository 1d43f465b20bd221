#include "platform/TerminalEcho.h"

#include <QString>

#include <windows.h>

#include <cstdio>
#include <iterator>

namespace certdesk {

namespace {

HANDLE consoleInput()
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == nullptr || input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return nullptr;
    return input;
}

} // namespace

bool TerminalEcho::stdinIsTerminal()
{
    return consoleInput() != nullptr;
}

std::optional<QByteArray> TerminalEcho::readLineWithoutEcho()
{
    HANDLE input = consoleInput();
    if (!input) {
        // Not a console: read the bytes as they come (there is no echo to switch off).
        QByteArray line;
        bool gotAny = false;
        for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
            gotAny = true;
            if (c == '\n')
                break;
            line.append(static_cast<char>(c));
        }
        if (!gotAny)
            return std::nullopt;
        while (line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    DWORD old = 0;
    GetConsoleMode(input, &old);
    SetConsoleMode(input, (old | ENABLE_LINE_INPUT) & ~DWORD(ENABLE_ECHO_INPUT));
    // ReadConsoleW: the characters as typed, whatever the console's code page, so that a passphrase
    // with non-ASCII characters is the same UTF-8 as when it is typed into the desktop application.
    QString line;
    bool complete = false;
    bool gotAny = false;
    while (!complete) {
        wchar_t chunk[256];
        DWORD read = 0;
        if (!ReadConsoleW(input, chunk, DWORD(std::size(chunk)), &read, nullptr) || read == 0)
            break;
        gotAny = true;
        for (DWORD i = 0; i < read; ++i) {
            if (chunk[i] == L'\n') {
                complete = true;
                break;
            }
            if (chunk[i] != L'\r')
                line.append(QChar(char16_t(chunk[i])));
        }
        SecureZeroMemory(chunk, sizeof chunk);
    }
    SetConsoleMode(input, old);
    if (!gotAny)
        return std::nullopt;
    return line.toUtf8();
}

} // namespace certdesk
