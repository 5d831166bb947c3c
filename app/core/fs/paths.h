#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace mua {

// A path as the system's calls take it (the file system's encoding).
inline QByteArray path8(const QString &path)
{
    return QFile::encodeName(path);
}

// lstat(2): what is at path itself, a link not followed; false when nothing is there or it cannot be
// asked (errno says why).
inline bool lstatOf(const QString &path, struct stat *st)
{
    return ::lstat(path8(path).constData(), st) == 0;
}

} // namespace mua
