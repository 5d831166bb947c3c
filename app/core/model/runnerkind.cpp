#include "core/model/runnerkind.h"

namespace mua {

QList<RunnerKind> runnerKinds()
{
    return {RunnerKind::Local, RunnerKind::Ssh, RunnerKind::Ddev, RunnerKind::Warden, RunnerKind::Compose};
}

QString runnerKindWord(RunnerKind kind)
{
    switch (kind) {
    case RunnerKind::Local:
        return QStringLiteral("local");
    case RunnerKind::Ssh:
        return QStringLiteral("ssh");
    case RunnerKind::Ddev:
        return QStringLiteral("ddev");
    case RunnerKind::Warden:
        return QStringLiteral("warden");
    case RunnerKind::Compose:
        return QStringLiteral("compose");
    }
    return QString();
}

std::optional<RunnerKind> runnerKindFromWord(const QString &word)
{
    for (const RunnerKind kind : runnerKinds())
        if (runnerKindWord(kind) == word)
            return kind;
    return std::nullopt;
}

QStringList runnerKindWords()
{
    QStringList words;
    for (const RunnerKind kind : runnerKinds())
        words << runnerKindWord(kind);
    return words;
}

bool isContainerKind(RunnerKind kind)
{
    return kind == RunnerKind::Ddev || kind == RunnerKind::Warden || kind == RunnerKind::Compose;
}

bool takesService(RunnerKind kind)
{
    return kind == RunnerKind::Warden || kind == RunnerKind::Compose;
}

} // namespace mua
