#pragma once

#include <QString>
#include <QStringList>

namespace mua {

// What the kernel says about the file system a path lives on (/proc/self/mountinfo).
struct MountInfo
{
    QString mountPoint; // e.g. "/" or "/mnt/client-store"
    QString type;       // "ext4", "fuse.sshfs", "nfs4", "cifs", …; empty when unknown
    QString source;     // e.g. "user@host:/srv/www" for sshfs

    // True for file systems where every file operation is a network round trip.
    bool isNetwork() const;
};

class FileSystems
{
public:
    // The mount that holds path (resolved without following a final symlink out of it).
    static MountInfo mountFor(const QString &path);
    // Parses mountinfo text (for tests); absolutePath must already be canonical.
    static MountInfo mountFor(const QString &absolutePath, const QByteArray &mountInfoText);
    // Mount points strictly below path (canonical), e.g. a share mounted inside a folder.
    static QStringList mountsBelow(const QString &path);
    static QStringList mountsBelow(const QString &absolutePath, const QByteArray &mountInfoText);
};

} // namespace mua
