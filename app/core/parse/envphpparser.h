#pragma once

#include "core/parse/phpvalue.h"

#include <QByteArray>
#include <QString>

namespace mua {

// Which array syntax the file's outermost array uses: `array ( … )` (Magento 2.0–2.2 era,
// var_export style) or `[ … ]` (late 2.2 onwards).
enum class ArraySyntax { Long, Short };

// Data, not an error convention: a parse error comes with its line and column, which callers word.
struct EnvPhpParseResult
{
    bool ok = false;
    PhpValue value; // the returned array when ok
    ArraySyntax syntax = ArraySyntax::Short;
    QString error;  // one plain sentence, without location, when !ok
    int line = 0;   // 1-based location of the error
    int column = 0; // 1-based, in characters
};

// Reads `<?php return <array>;` without executing PHP. Accepts both array syntaxes, nesting,
// parentheses around the returned array, single- and double-quoted strings with their escapes,
// heredoc and nowdoc strings (PHP 7.3+'s indented closing marker included), ints (decimal, hex,
// octal, binary, underscores), floats, true/false/null in any case, comments (//, #, /* */),
// trailing commas and an optional `declare(strict_types=1);`. An expression it cannot evaluate without
// running PHP is returned as a Dynamic value holding its source text. Never crashes or hangs on any input.
class EnvPhpParser
{
public:
    static EnvPhpParseResult parse(const QByteArray &source);
};

} // namespace mua
