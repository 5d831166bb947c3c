#include "core/inspect/filesystems.h"

#include "core/fs/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <linux/magic.h>
#include <sys/vfs.h>

namespace mua {

namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

bool isUnder(const QString &path, const QString &mountPoint)
{
    if (mountPoint == QLatin1String("/"))
        return true;
    return path == mountPoint || path.startsWith(mountPoint + QLatin1Char('/'));
}

struct Magic
{
    quint32 number;
    const char *name;
};

// statfs(2)'s f_type, named as mountinfo names the file system (linux/magic.h and the file systems'
// own sources for the numbers it lacks).
const Magic Magics[] = {
    {EXT4_SUPER_MAGIC, "ext2/ext3/ext4"}, // one number for the three: no guess
    {BTRFS_SUPER_MAGIC, "btrfs"},
    {XFS_SUPER_MAGIC, "xfs"},
    {0x2fc12fc1, "zfs"},
    {0xca451a4e, "bcachefs"},
    {F2FS_SUPER_MAGIC, "f2fs"},
    {0x3153464a, "jfs"},
    {REISERFS_SUPER_MAGIC, "reiserfs"},
    {NILFS_SUPER_MAGIC, "nilfs2"},
    {TMPFS_MAGIC, "tmpfs"},
    {RAMFS_MAGIC, "ramfs"},
    {OVERLAYFS_SUPER_MAGIC, "overlay"},
    {SQUASHFS_MAGIC, "squashfs"},
    {EROFS_SUPER_MAGIC_V1, "erofs"},
    {ISOFS_SUPER_MAGIC, "iso9660"},
    {UDF_SUPER_MAGIC, "udf"},
    {MSDOS_SUPER_MAGIC, "vfat"},
    {EXFAT_SUPER_MAGIC, "exfat"},
    {0x5346544e, "ntfs"},
    {ECRYPTFS_SUPER_MAGIC, "ecryptfs"},
    {NFS_SUPER_MAGIC, "nfs"}, // nfs and nfs4 alike
    {CIFS_SUPER_MAGIC, "cifs"},
    {SMB2_SUPER_MAGIC, "cifs"},
    {SMB_SUPER_MAGIC, "smbfs"},
    {V9FS_MAGIC, "9p"},
    {CEPH_SUPER_MAGIC, "ceph"},
    {AFS_SUPER_MAGIC, "afs"},
    {AFS_FS_MAGIC, "afs"},
    {0x01161970, "gfs2"},
    {OCFS2_SUPER_MAGIC, "ocfs2"},
    {FUSE_SUPER_MAGIC, "fuse"}, // sshfs, rclone, s3fs, virtiofs, … alike
    {PROC_SUPER_MAGIC, "proc"},
    {SYSFS_MAGIC, "sysfs"},
    {DEVPTS_SUPER_MAGIC, "devpts"},
};

// The kernel's mount table, read like any other file (a /proc replaced by something odd in a
// container must not hang or flood us); empty when it cannot be read.
QByteArray mountTable()
{
    return SafeFile::read(QStringLiteral("/proc/self/mountinfo"), FileLimit::MountInfo).data;
}

} // namespace

bool MountInfo::isNetwork() const
{
    static const QStringList network = {
        QStringLiteral("nfs"),        QStringLiteral("nfs4"),           QStringLiteral("cifs"),
        QStringLiteral("smb3"),       QStringLiteral("smbfs"),          QStringLiteral("fuse.sshfs"),
        QStringLiteral("9p"),         QStringLiteral("fuse.rclone"),    QStringLiteral("ceph"),
        QStringLiteral("glusterfs"),  QStringLiteral("fuse.glusterfs"), QStringLiteral("afs"),
        QStringLiteral("virtiofs"),   QStringLiteral("fuse.s3fs"),      QStringLiteral("davfs"),
        QStringLiteral("fuse.davfs2")};
    return network.contains(type);
}

MountInfo FileSystems::mountFor(const QString &absolutePath, const QByteArray &mountInfoText)
{
    MountInfo best;
    const QList<QByteArray> lines = mountInfoText.split('\n');
    for (const QByteArray &line : lines) {
        // id parent major:minor root mountpoint options [optional…] - fstype source superopts
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 10)
            continue;
        const qsizetype dash = fields.indexOf(QByteArray("-"), 6);
        if (dash < 0 || dash + 2 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountField(fields[4]);
        if (!isUnder(absolutePath, mountPoint))
            continue;
        // Later lines shadow earlier ones on the same mount point: >= keeps the last.
        if (best.mountPoint.isEmpty() || mountPoint.size() >= best.mountPoint.size()) {
            best.mountPoint = mountPoint;
            best.type = unescapeMountField(fields[dash + 1]);
            best.source = unescapeMountField(fields[dash + 2]);
        }
    }
    // A chroot's mountinfo lists only the mounts inside it: its root, when it is no mount point of
    // its own, is covered by none of them. The kernel still knows the file system's type.
    struct statfs fs;
    if (best.type.isEmpty() && ::statfs(QFile::encodeName(absolutePath).constData(), &fs) == 0)
        best.type = typeName(quint32(fs.f_type));
    return best;
}

QString FileSystems::typeName(quint32 magic)
{
    for (const Magic &m : Magics) {
        if (m.number == magic)
            return QString::fromLatin1(m.name);
    }
    return QStringLiteral("0x%1").arg(magic, 8, 16, QLatin1Char('0'));
}

QStringList FileSystems::mountsBelow(const QString &absolutePath, const QByteArray &mountInfoText)
{
    QStringList below;
    const QString prefix =
        absolutePath.endsWith(QLatin1Char('/')) ? absolutePath : absolutePath + QLatin1Char('/');
    for (const QByteArray &line : mountInfoText.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString mountPoint = unescapeMountField(fields[4]);
        if (mountPoint.startsWith(prefix) && !below.contains(mountPoint))
            below << mountPoint;
    }
    return below;
}

QStringList FileSystems::mountsBelow(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    return mountsBelow(canonical, mountTable());
}

MountInfo FileSystems::mountFor(const QString &path)
{
    QString absolute = QFileInfo(path).absoluteFilePath();
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (!canonical.isEmpty())
        absolute = canonical;
    const QByteArray table = mountTable();
    if (table.isEmpty())
        return {};
    return mountFor(QDir::cleanPath(absolute), table);
}

} // namespace mua
