#pragma once

#include <QString>

namespace mua {

// Text from outside the program (env.php values, Composer files, the output of bin/magento and
// Composer) on its way to a terminal or a log file on disk. Such text may carry escape sequences
// that retitle the window, clear the screen, plant OSC 8 links or hide a line behind a carriage
// return; here they lose their effect:
// - SGR colour sequences (ESC [ … m) are dropped: colour is for the wizard's log pane, which
//   renders it from the live stream and never sees this text;
// - every other control character is shown visibly escaped: ESC as \e, BEL as \a, CR as \r,
//   other C0 controls and DEL as \xNN, the C1 controls U+0080–U+009F as \u0080…\u009f;
// - tabs stay, and so do line feeds unless newlines is Escape (one line of a log file, which must
//   not be able to forge the lines after it): then they show as \n.
// Text without a control character comes back as it is, without a copy.
namespace TerminalText {
enum class Newlines { Keep, Escape };
QString neutralise(const QString &text, Newlines newlines = Newlines::Keep);
} // namespace TerminalText

} // namespace mua
