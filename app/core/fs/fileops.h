#pragma once

#include <QString>
#include <QStringList>

#include <atomic>

namespace mua {

// What a bulk file operation did, and what it could not do.
// Data, not an error convention: the counts and the entries it could not change go with the error.
struct FileOpReport
{
    qint64 entries = 0;     // entries changed (chmod) or removed (empty)
    qint64 bytes = 0;       // bytes of regular files removed
    qint64 failedCount = 0; // entries that could not be changed or removed
    QStringList failed;     // the first 20 of them, as "path: reason"
    bool cancelled = false;
    QString error; // a sentence when the operation could not start at all
    bool ok() const { return error.isEmpty() && failedCount == 0 && !cancelled; }
    void addFailure(const QString &path, int err);               // "path: strerror(err)"
    void addFailure(const QString &path, const QString &reason); // "path: reason"
};

// What moveAside did.
// Data, not an error convention: four outcomes, and NotPossible is no failure (empty in place instead).
struct AsideMove
{
    enum class Result {
        Moved,         // dir is empty now; its old contents are in `aside`
        NothingToMove, // dir is empty already, or does not exist
        NotPossible,   // cannot be done here (`reason`); dir is as it was: empty it in place instead
        Error          // `reason`: a symlink, not a folder, … (what emptyFolder would refuse too)
    };
    Result result = Result::Error;
    QString aside;  // store-relative, when moved
    QString reason; // one sentence
};

// Counts below a folder without changing anything (for `plan`).
// Data, not an error convention: what could be counted is kept when part of the tree could not be.
struct TreeStats
{
    qint64 files = 0;   // everything that is not a folder (files, links, …)
    qint64 folders = 0; // folders below the top (the top itself not counted)
    qint64 bytes = 0;   // sizes of regular files
    bool exists = false;
    QString error;
};

// File-system work on a store, done in-process with descriptor-relative calls (openat, fstatat,
// unlinkat, fchmodat with O_NOFOLLOW / AT_SYMLINK_NOFOLLOW): a symlink is never followed, so nothing
// outside the store is read, changed or removed, whatever links the tree holds. Every path must lie
// inside storeRoot, and no component between storeRoot and the path may be a symlink. Folders below
// dir that are mount points (another file system, or a bind mount) are left alone: a failure for
// chmodTree and emptyFolder, not counted into by stats. Failure paths are relative to storeRoot.
class FileOps
{
public:
    // Counts what is below dir (not following symlinks).
    static TreeStats stats(const QString &storeRoot, const QString &dir);

    // chmod `mode` on dir itself and every file and folder below it. Symlinks are left alone (they
    // have no mode of their own on Linux) and never followed. `entries` counts dir itself too, and
    // entries that already had the mode. A dir that does not exist is an error.
    static FileOpReport chmodTree(const QString &storeRoot, const QString &dir, unsigned mode,
                                  const std::atomic_bool *cancel = nullptr);

    // Removes everything inside dir, keeping dir itself with its mode, owner and group. Symlinks
    // inside are removed as links. A dir that does not exist is not an error (nothing to empty);
    // the store folder itself is never emptied (error).
    static FileOpReport emptyFolder(const QString &storeRoot, const QString &dir,
                                    const std::atomic_bool *cancel = nullptr);

    // Empties dir almost at once: renames it to a hidden sibling (asideName) and puts a new empty
    // folder with dir's mode, owner, group and ACLs in its place. The moved-aside tree is deleted
    // later with removeAside, while the shop is already working again. Renaming within one folder
    // never crosses a file system, so it costs one call even on a network share.
    static AsideMove moveAside(const QString &storeRoot, const QString &dir);
    // Deletes a folder that moveAside made (refuses any other name), with everything in it.
    static FileOpReport removeAside(const QString &storeRoot, const QString &asideDir,
                                    const std::atomic_bool *cancel = nullptr);
    // Folders left by moveAside next to the given store-relative folders (an interrupted run's),
    // store-relative.
    static QStringList findAside(const QString &storeRoot, const QStringList &dirs);
    // ".upgrade-assistant-trash.NAME.STAMP" for the folder NAME: hidden, and ours by its name.
    static QString asideName(const QString &name);
    static bool isAsideName(const QString &name);
};

} // namespace mua
