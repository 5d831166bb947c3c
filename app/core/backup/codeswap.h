#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <sys/stat.h>

namespace mua {

// Swaps the store's code for an extracted copy with renames inside the store folder, never through a
// link: every folder is opened component by component with O_NOFOLLOW from the store's own descriptor.
// Each rename is recorded, so a failure puts everything back. What is excluded stays where it is; a
// folder that holds an excluded one stays too, and only its other entries move.
class CodeSwap
{
    Q_DECLARE_TR_FUNCTIONS(mua::Rollback)

public:
    CodeSwap(const QString &root, const QStringList &excluded, const QString &staging, const QString &trash);
    ~CodeSwap();

    bool run(QString *error);
    int moved() const { return int(m_moves.size()); }
    // After run() failed: some files could not be moved back.
    bool undoFailed() const { return m_undoFailed; }

    // Puts every move back, newest first, and the attributes of the folders that stayed; false with
    // the first failure in *error (the other moves are still tried).
    bool undo(QString *error);

private:
    struct Move
    {
        QString fromDir;
        QString toDir;
        QString name;
    };

    int openDir(const QString &relative) const;

    // Entries of a folder, never following a link ("name" → is a real folder); nothing, with a
    // sentence, when it cannot be read.
    std::optional<QList<QPair<QString, bool>>> entries(const QString &relative, QString *error) const;

    bool exists(const QString &relative) const;

    bool rename(const QString &fromDir, const QString &toDir, const QString &name, QString *error);

    // Does relative hold an excluded folder that exists (so it must stay, and only its other entries move)?
    bool holdsKept(const QString &relative) const;

    bool moveOut(const QString &relative, QString *error);

    bool moveIn(const QString &relative, QString *error);

    // Mode, owner (when we may) and times of the backed-up folder onto the one that stayed.
    void copyAttributes(const struct stat &st, const QString &to);

    int m_rootFd = -1;
    QStringList m_excluded;
    QString m_staging;
    QString m_trash;
    QList<Move> m_moves;
    QList<QPair<QString, struct stat>> m_kept; // folders that stayed, as they were before the swap
    bool m_undoFailed = false;
};

} // namespace mua
