#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mua {

// A method as a PHP file declares it.
struct PhpMethod
{
    QString name;      // as written ("getPrice"); PHP compares method names without case
    int firstLine = 0; // 1-based, the line of `function` (or of its first modifier or attribute)
    int lastLine = 0;  // the line of its closing brace (or `;` when abstract or in an interface)
    // The declaration from its first modifier to its end (signature and body), with comments and the
    // whitespace that does not count taken out (VendorDiff::normalise's rules): two versions of a
    // method are the same code when their `code` is equal.
    QByteArray code;
    bool operator==(const PhpMethod &) const = default;
};

// A class, interface, trait or enum as a PHP file declares it.
struct PhpClass
{
    QString name;   // fully qualified, without the leading backslash: "Magento\Catalog\Model\Product"
    QString kind;   // "class", "interface", "trait", "enum"
    QString parent; // the class it extends, fully qualified by the file's namespace and `use`s; or empty
    int firstLine = 0;
    int lastLine = 0;
    QList<PhpMethod> methods; // in the file's order
    bool operator==(const PhpClass &) const = default;
};

// The classes and methods of a PHP file, read with a small lexer of ours, never by running PHP: the
// store's code and the vendor's are only read. It knows PHP's comments (`//`, `#` but not `#[`,
// `/* */`), strings ('…', "…" with escapes and {$…}), heredoc and nowdoc, attributes, `namespace`
// (both forms), `use` imports (with aliases and groups), and braces, so that a brace in a string or
// a comment is not counted. Anonymous classes and closures are not classes or methods of their own:
// their code is part of the method they are in. A file it cannot make sense of (not PHP, braces that
// never close) gives what it could read, never more than the file holds.
class PhpOutline
{
public:
    static QList<PhpClass> read(const QByteArray &source);
};

} // namespace mua
