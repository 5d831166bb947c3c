#include "core/net/notifier.h"

#include "core/model/error.h"
#include "core/model/wording.h"
#include "core/net/httpclient.h"
#include "core/steps/smoketeststep.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mua {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

qint64 durationMs(const RunRecord &r)
{
    return r.startedAt.isValid() && r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : 0;
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 60 ? Notifier::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : Notifier::tr("%1 s").arg(s);
}

} // namespace

QString Notifier::name(const QUrl &webhook)
{
    return tr("the webhook at %1").arg(HttpClient::serverOf(webhook));
}

QString Notifier::text(const RunRecord &r)
{
    const QString host = QSysInfo::machineHostName();
    const QString took = duration(durationMs(r));
    // The step as people read it (its title; its id on the command line); the payload's failedStep
    // keeps the id.
    const StepRecord *stopped = r.step(r.failedStep);
    const QString step = Wording::current().step(r.failedStep, stopped ? stopped->title : QString());
    QString head;
    switch (r.result) {
    case RunResult::Succeeded:
        head = tr("✅ Magento upgrade succeeded: %1 on %2 in %3.").arg(r.store, host, took);
        break;
    case RunResult::Failed:
        head = tr("❌ Magento upgrade failed at %1: %2 on %3 after %4.").arg(step, r.store, host, took);
        break;
    case RunResult::Cancelled:
        head =
            tr("⏹ Magento upgrade cancelled during %1: %2 on %3 after %4.").arg(step, r.store, host, took);
        break;
    case RunResult::Refused:
        head = tr("⛔ Magento upgrade refused: %1 on %2.").arg(r.store, host);
        break;
    }
    QStringList lines{head};
    if (!r.message.isEmpty())
        lines << r.message;
    if (!r.storefront.url.isEmpty() && !r.message.contains(SmokeTestStep::summary(r.storefront)))
        lines << tr("Storefront %1: %2.").arg(r.storefront.url, SmokeTestStep::summary(r.storefront));
    for (const QString &w : r.storefront.warnings)
        lines << tr("Warning: %1").arg(w);
    if (!r.advice.isEmpty())
        lines << tr("Known fix: %1").arg(r.advice);
    if (!r.nextCommand.isEmpty())
        lines << tr("Next: %1").arg(r.nextCommand);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject Notifier::payload(const RunRecord &r, const QUrl &webhook)
{
    const QString text = Notifier::text(r);
    const QString host = webhook.host().toLower();
    // Slack reads &, < and > in "text" as markup: escaped, they show as written.
    QString shown = text;
    if (host == QLatin1String("hooks.slack.com"))
        shown.replace(QLatin1Char('&'), QLatin1String("&amp;"))
            .replace(QLatin1Char('<'), QLatin1String("&lt;"))
            .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    QJsonObject out{
        // What Slack and Teams show.
        {QLatin1String("text"), shown},
        {QLatin1String("summary"), text.section(QLatin1Char('\n'), 0, 0)}, // Teams' notification line
        // The same, structured.
        {QLatin1String("source"), QStringLiteral("magento-upgrade-assistant")},
        {QLatin1String("version"), QStringLiteral(MUA_VERSION)},
        {QLatin1String("host"), QSysInfo::machineHostName()},
        {QLatin1String("store"), r.store},
        {QLatin1String("result"), runResultName(r.result)},
        {QLatin1String("failedStep"), orNull(r.failedStep)},
        {QLatin1String("durationMs"), durationMs(r)},
        {QLatin1String("startedAt"),
         orNull(r.startedAt.isValid() ? r.startedAt.toUTC().toString(Qt::ISODate) : QString())},
        {QLatin1String("finishedAt"),
         orNull(r.finishedAt.isValid() ? r.finishedAt.toUTC().toString(Qt::ISODate) : QString())},
        {QLatin1String("message"), orNull(r.message)},
        {QLatin1String("advice"), orNull(r.advice)},
        {QLatin1String("nextCommand"), orNull(r.nextCommand)},
        {QLatin1String("versionBefore"), orNull(r.versionBefore)},
        {QLatin1String("targetVersion"), orNull(r.targetVersion)},
        {QLatin1String("maintenance"), r.toReport().value(QLatin1String("maintenance"))},
        {QLatin1String("storefront"), r.storefront.toJson()},
        {QLatin1String("log"), orNull(r.logPath)},
    };
    // Teams Workflows (Power Automate's "when a webhook request is received") posts the cards of
    // "attachments" to the channel, one text block a line; it ignores "text".
    if (host.endsWith(QLatin1String(".logic.azure.com")) ||
        host.endsWith(QLatin1String(".powerplatform.com")) ||
        host.endsWith(QLatin1String(".powerautomate.com"))) {
        QJsonArray body;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QJsonObject block{{QLatin1String("type"), QStringLiteral("TextBlock")},
                              {QLatin1String("text"), lines.at(i)},
                              {QLatin1String("wrap"), true}};
            if (i == 0)
                block.insert(QLatin1String("weight"), QStringLiteral("Bolder"));
            body.append(block);
        }
        const QJsonObject card{
            {QLatin1String("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
            {QLatin1String("type"), QStringLiteral("AdaptiveCard")},
            {QLatin1String("version"), QStringLiteral("1.4")},
            {QLatin1String("body"), body}};
        out.insert(QLatin1String("type"), QStringLiteral("message"));
        out.insert(QLatin1String("attachments"),
                   QJsonArray{QJsonObject{{QLatin1String("contentType"),
                                           QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                          {QLatin1String("content"), card}}});
    }
    return out;
}

bool Notifier::addressFromFile(const QString &path, QString *address, QString *error)
{
    // O_NONBLOCK: a FIFO in its place must not hang the run before it starts.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    // As the reader gave it: "--notify-file FILE" on the command line (only the command line reads one).
    const QString given = Wording::current().setting(Setting::NotifyFile, path);
    if (fd < 0)
        return failWith(error, tr("Cannot read %1: %2.").arg(given, errnoText()));
    struct stat st;
    QByteArray content;
    bool ok = ::fstat(fd, &st) == 0;
    if (ok && !S_ISREG(st.st_mode)) {
        failWith(error, tr("%1 is not a regular file: put the webhook's address into a file.").arg(given));
        ok = false;
    } else if (ok && (st.st_mode & 077) != 0) {
        failWith(
            error,
            tr("%1 can be read or changed by other users (mode %2): the address is the webhook's "
               "password, so run chmod 600 %3 first.")
                .arg(given, QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')), path));
        ok = false;
    } else if (ok && st.st_size > MaxAddressFileBytes) {
        failWith(error, tr("%1 is %2 bytes, far more than a webhook's address: check the file.")
                            .arg(given)
                            .arg(st.st_size));
        ok = false;
    } else if (ok) {
        content.resize(MaxAddressFileBytes + 1);
        qsizetype got = 0;
        for (;;) {
            const ssize_t n = ::read(fd, content.data() + got, size_t(content.size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
            if (got >= content.size())
                break;
        }
        content.truncate(got);
    }
    ::close(fd);
    if (!ok)
        return false;
    for (const QByteArray &line : content.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty()) {
            *address = text;
            return true;
        }
    }
    return failWith(error, tr("%1 is empty: put the webhook's address on its first line.").arg(given));
}

bool Notifier::send(const QUrl &webhook, const RunRecord &record, QString *error, int *status, int timeoutMs)
{
    HttpClient::Request request;
    request.url = webhook;
    request.name = name(webhook);
    request.timeoutMs = timeoutMs;
    request.followRedirects = false; // a redirected POST would become a GET somewhere else
    request.postJson = QJsonDocument(payload(record, webhook)).toJson(QJsonDocument::Compact);
    const HttpClient::Result r = HttpClient::send(request);
    const QString said = SmokeTestStep::firstLine(r.body);
    if (status)
        *status = r.status;
    if (!r.failure.isEmpty())
        return failWith(error, r.failure);
    if (r.status < 200 || r.status > 299)
        return failWith(error, tr("%1 answered HTTP %2%3 — check the webhook's address.")
                                   .arg(request.name)
                                   .arg(r.status)
                                   .arg(said.isEmpty() ? QString() : tr(" (\"%1\")").arg(said)));
    return true;
}

} // namespace mua
