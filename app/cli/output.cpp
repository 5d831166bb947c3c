#include "cli/output.h"

#include "cli/cli.h"
#include "core/model/exitcodes.h"
#include "core/run/terminaltext.h"

#include <QDateTime>

#include <cstdio>

namespace mua::cli {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = TerminalText::neutralise(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void out(const QString &text)
{
    writeTo(stdout, text);
}

void err(const QString &text)
{
    writeTo(stderr, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

int usageError(const QString &sentence)
{
    err(sentence + QLatin1Char(' ') + Cli::tr("Run 'magento-upgrade-assistant --help' for the commands."));
    return toInt(ExitCode::Usage);
}

QString formatLine(const LogLineView &line)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(line.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss"));
    switch (line.stream) {
    case LogStream::Stdout:
        return QStringLiteral("%1   %2\n").arg(time, line.text);
    case LogStream::Stderr:
        return QStringLiteral("%1 ! %2\n").arg(time, line.text);
    case LogStream::Info:
        return QStringLiteral("%1 » %2\n").arg(time, line.text);
    case LogStream::Warning:
        return QStringLiteral("%1 ⚠ %2\n").arg(time, line.text);
    case LogStream::Error:
        return QStringLiteral("%1 ✖ %2\n").arg(time, line.text);
    }
    return QString();
}

} // namespace mua::cli
