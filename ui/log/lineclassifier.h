#pragma once

#include "core/model/logline.h"

#include <QStringView>

namespace mua {

enum class LineMeaning : quint8 { Plain, Warning, Error };

// Reads a line of a child's output for what it says, not for the stream it came on: Magento writes its
// progress to stderr, and its errors to either. Errors: PHP's fatal and parse errors, Symfony Console's
// error block ("In State.php line 152:" or a padded "[SomeException]" title, then the message) and
// "[ERROR]" blocks, "Error:" and "SomeException:" at the start, Magento's "Exception #0 (…)", "SQLSTATE[…",
// Composer's "Your requirements could not be resolved…" and "Problem 1". Warnings: PHP's warnings,
// notices and deprecations, "[WARNING]" and "[CAUTION]" blocks, Composer's "Deprecation Notice:" and
// abandoned packages. Everything else is plain. A block spans lines, so the classifier remembers the
// lines before, one memory per stream. No widgets.
class LineClassifier
{
public:
    // text: the line as shown (escapes resolved). Our own lines (Info, Warning, Error) are Plain here:
    // their stream says what they are; they end any open block.
    LineMeaning classify(QStringView text, LogStream stream);
    void reset(); // forgets open blocks

private:
    enum class Block : quint8 {
        None,
        Padding, // a line of spaces: Symfony's block may follow
        Header,  // "In File.php line N:": its message comes after blank lines
        Message, // inside an error block: indented lines until a blank one
        Styled   // after a "[ERROR]"/"[WARNING]" line: its indented continuation lines
    };
    struct State
    {
        Block block = Block::None;
        LineMeaning meaning = LineMeaning::Plain;
    };
    LineMeaning classifyAlone(QStringView text, State &state) const;

    State m_states[2]; // stdout, stderr
};

} // namespace mua
