#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace mua {

// A file of vendor/ that the move adds, removes or changes (cli.md "impact"). Data.
struct VendorChange
{
    enum class Kind { Added, Removed, Changed };
    QString path; // relative to vendor/, with '/'
    Kind kind = Kind::Changed;
    // Changed, and only in whitespace or comments (the report's level `ignore`), by the rules of
    // VendorDiff::normalise.
    bool cosmetic = false;
    bool operator==(const VendorChange &) const = default;
};

// Compares two vendor trees (the store's and the move's), as the upgrade patch helpers' first step
// (`diff -urN`) does, but without reading what cannot differ: each tree is listed once with
// descriptor-relative calls (no link is ever followed: a link is compared by what it points at, and a
// FIFO, socket or device is compared by its kind only, never opened), a file whose size differs is
// changed without reading it, and files of the same size are compared block by block up to their
// first difference, on every core. Only a changed text file is read whole, to tell whether the change
// is cosmetic.
class VendorDiff
{
    Q_DECLARE_TR_FUNCTIONS(mua::VendorDiff)

public:
    // The changes from oldVendor to newVendor, by path. Nothing, with a sentence in *error, when a
    // tree cannot be read or the work was cancelled.
    static std::optional<QList<VendorChange>> compare(const QString &oldVendor, const QString &newVendor,
                                                      const std::atomic_bool *cancel, QString *error);

    // The same answer from what `diff -rq --no-dereference OLD NEW` printed where the files are (the ssh
    // runner runs it on the server: reading 40,000 files through a mount costs a round trip each), with
    // oldRelative and newRelative the names diff was given: only the files diff names are read here,
    // through oldVendor and newVendor, to tell cosmetic changes, and only the folders it says are on one
    // side are listed. Nothing, and no sentence, when a line is not one diff prints (the caller then
    // compares in full); nothing with a sentence when the work was cancelled.
    static std::optional<QList<VendorChange>>
    fromDifferences(const QString &oldVendor, const QString &newVendor, const QString &oldRelative,
                    const QString &newRelative, const QStringList &lines, const std::atomic_bool *cancel,
                    QString *error);

    // What is left of a file when comments and the whitespace that does not count are taken out, by its
    // kind (its name's extension): PHP and .phtml (`//`, `#` but not `#[`, `/* */` outside strings; in a
    // .phtml's HTML, `<!-- -->`), XML and HTML (`<!-- -->`), JavaScript (`//` and `/* */` outside
    // strings), CSS and LESS (`/* */`, and `//` in LESS). For every text file then: each line trimmed, empty
    // lines dropped, line ends made \n. A file with a NUL byte is returned as it is.
    static QByteArray normalise(const QString &path, const QByteArray &content);
};

} // namespace mua
