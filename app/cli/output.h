#pragma once

#include "core/model/logline.h"

#include <QString>

namespace mua::cli {

// Everything the commands print: escape sequences from env.php, Composer's files or a child's
// output are shown escaped, never obeyed by the terminal (the program's own lines are plain text).
void out(const QString &text);
void err(const QString &text);
// Prints the sentence and the pointer to --help to stderr; returns the usage exit code (2).
int usageError(const QString &sentence);
// One line of a run's log as the terminal shows it: time, stream mark, text.
QString formatLine(const LogLineView &line);

} // namespace mua::cli
