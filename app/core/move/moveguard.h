#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mua {

class Runner;

// Keeps the store's code as it was while Composer moves it to another version, so that a Composer
// that fails or is cancelled leaves composer.json, composer.lock, vendor/ and the files Magento's
// Composer installer maps into the root (magento/magento2-base's extra.map) exactly as they were:
// content, modes, links.
//
// How, and why so: vendor/ is kept as a tree of hard links (one link() a file, no data copied: a
// 2.4 vendor/ of 40,000 files is kept in about a second on a local disk), because Composer never
// writes into an installed package's files: it deletes a package's folder and unpacks the new one.
// The files it does rewrite in place (vendor/composer/, vendor/autoload.php, vendor/bin/) are real
// copies, and so are composer.json, composer.lock and the mapped files. Putting back is a few
// renames. The kept copy is ROOT/.upgrade-assistant-kept (same file system as vendor/, ours by its
// name); a run that was interrupted leaves it, and the next one puts it back first (--resume).
// vendor/ is kept where the runner does its file work (Runner::keepTree: on the server over ssh, in
// one call); the rest, a few files, and every rename through ROOT.
class MoveGuard
{
    Q_DECLARE_TR_FUNCTIONS(mua::MoveGuard)

public:
    explicit MoveGuard(const QString &storeRoot, const Runner *runner = nullptr);

    static QString keptName() { return QStringLiteral(".upgrade-assistant-kept"); }
    // Whether an earlier run left a kept copy (it stopped in the middle of a move).
    bool interrupted() const;

    // Before Composer runs. False with a sentence when the copy could not be made (nothing changed
    // then: a partial copy is removed).
    bool keep(QString *error);
    // After Composer failed or was cancelled: everything back as it was, the kept copy gone. The
    // code Composer left goes to `trash` (store-relative; removed by the caller, in the background).
    bool restore(QString *trash, QString *error);
    // After Composer succeeded: the kept copy goes to `trash` (store-relative) for the caller to remove.
    bool release(QString *trash, QString *error);

    // The store-relative paths magento/magento2-base maps into the root, as its composer.json in the
    // store's vendor/ (or in root/base when given) lists them.
    static QStringList mappedPaths(const QString &root, const QString &vendorDir = QStringLiteral("vendor"));

    // Copies the tree `from` to `to` (which must not exist) without following a link: links as
    // links, folders with their modes, files as hard links, except under the top-level names in
    // `copiedTop` and everywhere when `copy`, where they are real copies (content, mode, times).
    static bool copyTree(const QString &from, const QString &to, bool copy, const QStringList &copiedTop,
                         QString *error);
    // The vendor/ entries Composer rewrites in place (kept as real copies, never as links).
    static QStringList rewrittenInVendor();

private:
    QString m_root;
    QString m_kept;
    const Runner *m_runner = nullptr;
};

} // namespace mua
