#pragma once

#include <QString>
#include <QStringList>

namespace mua {

// What the kernel says about the file system a path lives on: /proc/self/mountinfo, or statfs() where
// mountinfo lists no mount that covers the path (in a chroot whose root is no mount point).
struct MountInfo
{
    QString mountPoint; // e.g. "/" or "/mnt/client-store"; empty when only statfs() could tell
    QString type;       // "ext4", "fuse.sshfs", "nfs4", "cifs", …; empty when unknown
    QString source;     // e.g. "user@host:/srv/www" for sshfs; empty when only statfs() could tell

    // True for file systems where every file operation is a network round trip.
    bool isNetwork() const;
};

class FileSystems
{
public:
    // The mount that holds path (resolved without following a final symlink out of it).
    static MountInfo mountFor(const QString &path);
    // The same with the mountinfo text given (for tests); absolutePath must already be canonical.
    // When no entry covers it, the type comes from statfs() on absolutePath (see typeName).
    static MountInfo mountFor(const QString &absolutePath, const QByteArray &mountInfoText);
    // Names a statfs() f_type the way mountinfo names the file system where one magic number means
    // one name. Where it cannot tell, the name says so: "ext2/ext3/ext4" (one magic for the three),
    // "nfs" (nfs and nfs4), "fuse" (sshfs, rclone, virtiofs, … alike). Unknown numbers as "0x…".
    static QString typeName(quint32 magic);
    // Mount points strictly below path (canonical), e.g. a share mounted inside a folder.
    static QStringList mountsBelow(const QString &path);
    static QStringList mountsBelow(const QString &absolutePath, const QByteArray &mountInfoText);
};

} // namespace mua
