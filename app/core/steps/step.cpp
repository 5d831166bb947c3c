#include "core/steps/step.h"

#include <QFileInfo>

namespace mua {

CommandResult StepContext::exec(const CommandSpec &spec, bool capture) const
{
    if (log)
        log(LogStream::Info, Step::tr("$ %1").arg(spec.display()));
    const CommandExecutor executor(cancel, options.graceMs);
    CommandResult r = executor.run(spec, log, capture);
    if (log && r.started && !r.cancelled)
        log(r.succeeded() ? LogStream::Info : LogStream::Warning,
            Step::tr("exit code %1 after %2 ms").arg(r.crashed ? -1 : r.exitCode).arg(r.durationMs));
    return r;
}

StepOutcome Step::done(const QString &detail)
{
    StepOutcome o;
    o.status = StepStatus::Done;
    o.detail = detail;
    return o;
}

StepOutcome Step::failed(const QString &error, const QStringList &output)
{
    StepOutcome o;
    o.status = StepStatus::Failed;
    o.error = error;
    o.detail = error;
    o.output = output;
    return o;
}

StepOutcome Step::failedCommand(const CommandSpec &spec, const CommandResult &result)
{
    StepOutcome o = failed(commandFailure(spec, result), result.lines);
    if (result.cancelled)
        o.status = StepStatus::Cancelled;
    return o;
}

QString Step::commandFailure(const CommandSpec &spec, const CommandResult &result)
{
    const QString command = spec.display();
    if (!result.started)
        return tr("%1: %2.").arg(command, result.startError);
    if (result.cancelled)
        return tr("%1 was stopped because the run was cancelled.").arg(command);
    if (result.crashed)
        return tr("%1 was ended by a signal.").arg(command);
    // ssh itself also exits 255 when it cannot connect or loses the connection.
    const bool ssh = QFileInfo(spec.program).fileName() == QLatin1String("ssh");
    if (!Wording::current().commandLine()) { // the console log beside it shows the exit code
        if (result.exitCode == 255)
            return ssh ? tr("%1 stopped with a PHP fatal error on the server, or ssh lost the connection.")
                             .arg(command)
                       : tr("%1 stopped with a PHP fatal error.").arg(command);
        return tr("%1 ended with an error; the console log shows what it said.").arg(command);
    }
    if (result.exitCode == 255 && ssh)
        return tr("%1 ended with exit code 255: a PHP fatal error on the server, or ssh lost the connection.")
            .arg(command);
    if (result.exitCode == 255)
        return tr("%1 ended with a PHP fatal error (exit code 255).").arg(command);
    return tr("%1 failed with exit code %2.").arg(command).arg(result.exitCode);
}

} // namespace mua
