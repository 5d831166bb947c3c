#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mua {

// How much the assistant reads of each kind of file at most. A file larger than its limit is
// refused with a sentence, never read in part; endless devices never get this far (they are not
// regular files). Each limit is far above what a real store holds, and far below what would
// hurt a machine.
namespace FileLimit {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
// app/etc/env.php: a few KB as Magento writes it; a dumped `system` section for hundreds of
// store views reaches a few hundred KB.
constexpr qint64 EnvPhp = 16 * MiB;
// app/etc/config.php: 30–100 KB (the modules list, scopes and themes after app:config:dump).
constexpr qint64 ConfigPhp = 16 * MiB;
// composer.lock: 1–5 MB for a big store with many extensions.
constexpr qint64 ComposerLock = 64 * MiB;
// vendor/composer/installed.json: every installed package's full metadata, 2–20 MB, tens of MB
// with hundreds of extensions.
constexpr qint64 InstalledJson = 128 * MiB;
// composer.json (the store's, magento2-base's): a few KB.
constexpr qint64 ComposerJson = 4 * MiB;
// var/.upgrade-assistant.journal.json: a few KB (one entry per step).
constexpr qint64 Journal = 16 * MiB;
// var/.upgrade-assistant.lock: about 250 bytes.
constexpr qint64 Lock = 64 * KiB;
// A backup's manifest.json: every module's versions and every table, a few hundred KB.
constexpr qint64 Manifest = 64 * MiB;
// /proc/self/mountinfo: about 150 bytes a mount; a busy container host has thousands.
constexpr qint64 MountInfo = 16 * MiB;
// .ddev/config.yaml, warden's .env, compose files: a few KB.
constexpr qint64 ProjectFile = 1 * MiB;
// A source file of vendor/ or of the store's code the impact report reads (PHP, templates, XML,
// JavaScript): up to a few hundred KB; Magento's largest are about 1 MB.
constexpr qint64 SourceFile = 16 * MiB;
} // namespace FileLimit

// What readRegularFile() found.
// Data, not an error convention: its status tells a missing file from a refused one, and errno goes with it.
struct FileContent
{
    enum class Status {
        Ok,
        Missing,    // no such file (or a symbolic link to nothing)
        NotRegular, // a FIFO, a device, a socket, a folder, or a link where links are refused
        TooLarge,   // more than the limit
        Denied,     // permission denied
        Loop,       // a symbolic link loop
        Failed      // any other error
    };
    Status status = Status::Failed;
    QByteArray data;
    // One sentence that names the file, says what is wrong with it and what to do; empty when ok().
    QString error;
    // What is wrong alone, for a caller that says what to do itself: "X is a FIFO (named pipe), not a
    // regular file"; empty when ok().
    QString problem;
    int errorCode = 0; // errno, when a call failed

    bool ok() const { return status == Status::Ok; }
};

// Reading files the store or a user put in our way, safely: one reader for every file the engine
// reads (env.php, config.php, composer.*, installed.json, the journal, the lock, manifest.json,
// mountinfo, container project files), so that a FIFO never blocks, an endless device never fills
// memory and a huge file is refused with its size.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(mua::SafeFile)

public:
    enum class Links {
        Follow, // a link to a regular file is read (env.php linked from a release's shared folder)
        Refuse  // the path itself must not be a link (files the assistant writes in var/)
    };

    // Opens path with O_NONBLOCK (a FIFO without a writer cannot block the open), checks that it
    // is a regular file and reads at most maxBytes of it. Anything else is refused with a sentence
    // in FileContent::error.
    static FileContent read(const QString &path, qint64 maxBytes, Links links = Links::Follow);

    // Files the assistant writes at a user's request (--log, --report): whether path can be such a
    // file; false with a sentence in *error that starts with the option and says what to do. Fine are a
    // regular file that can be written, a new file in a folder that exists and can be written, and, when
    // devices is true, a character device that takes a write without waiting (/dev/null, a terminal; not
    // /dev/full). A FIFO or a pipe never is: a run would stop the moment nobody reads it. Looks without
    // blocking and without changing anything.
    static bool isUsableOutput(const QString &path, const QString &option, bool devices, QString *error);
    // Opens path to append to (a log) on the same terms, creating it with mode 0640: a file
    // descriptor, or -1 and a sentence in *error. Never blocks: a FIFO is opened non-blocking and
    // refused. links == Refuse: a link at path is refused (paths inside the store).
    static int openForAppend(const QString &path, Links links, QString *error);

    // "a FIFO (named pipe)", "a character device", … for a stat mode.
    static QString describeType(unsigned mode);
    // "16.0 MiB"
    static QString formatSize(qint64 bytes);
    // Why path cannot be read although it exists (EACCES): whose it is, its mode, and the chmod that
    // fixes it, or the folder on the way that cannot be entered.
    static QString deniedAdvice(const QString &path);
};

} // namespace mua
