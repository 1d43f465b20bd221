#pragma once
#include <QIcon>

namespace certdesk {
// Drawn in code so the models need no image plugin: a yellow warning triangle with "!".
QIcon warningIcon();
} // namespace certdesk
