#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mua {

// How commands reach a store (cli.md, "Runners"). The engine compares kinds, never words: the word
// ("ssh") is only read and written here, for the command line, the JSON output and saved settings.
enum class RunnerKind { Local, Ssh, Ddev, Warden, Compose };

// The kinds in the order the command line lists them.
QList<RunnerKind> runnerKinds();
// The word of a kind: "local", "ssh", "ddev", "warden", "compose".
QString runnerKindWord(RunnerKind kind);
// The kind a word names, or nothing for a word that names none (case matters, as on the command line).
std::optional<RunnerKind> runnerKindFromWord(const QString &word);
// The words of every kind, in order.
QStringList runnerKindWords();

// ddev, warden and compose: commands run in the project's PHP container.
bool isContainerKind(RunnerKind kind);
// warden and compose: the container is a service that can be named.
bool takesService(RunnerKind kind);

} // namespace mua
