#pragma once

#include "core/model/runnersettings.h"
#include "core/model/wording.h"

#include <QByteArray>
#include <QString>

namespace mua::test {

// Installs a wording for one scope (nullptr: the engine's plain words), and the one before again.
class WordingScope
{
public:
    explicit WordingScope(const Wording *wording)
        : m_before(Wording::install(wording))
    {}
    ~WordingScope() { Wording::install(m_before); }
    WordingScope(const WordingScope &) = delete;
    WordingScope &operator=(const WordingScope &) = delete;

private:
    const Wording *m_before;
};

// Sets an environment variable of this process for one scope, and puts it back as it was.
class EnvScope
{
public:
    EnvScope(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_before(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvScope()
    {
        if (m_had)
            qputenv(m_name, m_before);
        else
            qunsetenv(m_name);
    }
    EnvScope(const EnvScope &) = delete;
    EnvScope &operator=(const EnvScope &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_before;
};

// Settings of the ssh runner.
inline RunnerSettings sshSettings(const QString &host, const QString &remoteRoot, const QString &config = {})
{
    RunnerSettings s;
    s.kind = RunnerKind::Ssh;
    s.sshHost = host;
    s.remoteRoot = remoteRoot;
    s.sshConfigFile = config;
    return s;
}

} // namespace mua::test
