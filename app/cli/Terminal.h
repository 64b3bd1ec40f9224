#pragma once

#include <QString>

namespace pc::terminal {

// True when standard input is a terminal a person can type into.
bool isInteractive();
// Reads a line from the terminal without echoing it (for a password).
QString readSecret(const QString &prompt);

} // namespace pc::terminal
