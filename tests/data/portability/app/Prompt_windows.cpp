// Fixture: a *_windows.cpp file may include Windows headers (no violation).
#include <windows.h>

bool fixtureConsole()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}
