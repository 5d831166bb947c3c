#include "filesystems.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

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
    return best;
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
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (canonical.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return mountsBelow(canonical, f.readAll());
}

MountInfo FileSystems::mountFor(const QString &path)
{
    QString absolute = QFileInfo(path).absoluteFilePath();
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (!canonical.isEmpty())
        absolute = canonical;
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return mountFor(QDir::cleanPath(absolute), f.readAll());
}

} // namespace mua
