#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mua {

// Files that must never be seen half-written, even after a crash, a power cut or a full disk (the
// journal, the lock): the content goes to a new file in the same folder, is synced to the disk, and
// only then takes the name in one rename (or link), after which the folder is synced too. A reader
// sees the old file or the new one, never an empty or a cut one.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(mua::AtomicFile)

public:
    // Replaces path with content (a link at path is replaced, never followed). mode is masked by
    // the umask, as open() does. False when it cannot, with a sentence in *error (the file, the
    // reason and what to do) and the errno of the call that failed in *errorCode.
    static bool write(const QString &path, const QByteArray &content, QString *error,
                      int *errorCode = nullptr, unsigned mode = 0666);
    // Creates path with content only when nothing has that name yet (link() of a synced temporary
    // file: one step, so no reader ever sees it empty). *errorCode is EEXIST when something does.
    static bool create(const QString &path, const QByteArray &content, QString *error,
                       int *errorCode = nullptr, unsigned mode = 0666);

    // "No space left on device (ENOSPC)": the reason, with the name scripts and searches know.
    static QString reason(int error);
    // What to do about error when writing in folder: free space, make it writable, …
    static QString remedy(int error, const QString &folder);
};

} // namespace mua
