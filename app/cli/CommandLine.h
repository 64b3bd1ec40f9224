#pragma once

#include <QStringList>

namespace pc::cli {

// Exit codes of the command-line verbs.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,      // the work could not be done; the message says why
    ExitUsage = 2,        // the command line itself is wrong
    ExitCheckFailed = 3,  // `check` found a problem in the database
};

// True when the arguments ask for a command-line verb rather than the window.
bool wantsCommandLine(const QStringList &arguments);

// True when the verb lays out documents (a report, a purge report), which
// needs fonts: a QGuiApplication, on the offscreen platform.
bool drawsDocuments(const QStringList &arguments);

// Runs one verb (`--version`, `init`, `demo`, `check`, ...) and returns the
// process exit code. Output goes to stdout; each error is one line on stderr.
int run(const QStringList &arguments);

} // namespace pc::cli
