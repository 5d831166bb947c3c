#include "core/steps/smoketeststep.h"

#include "core/model/error.h"
#include "core/net/httpclient.h"

#include <QDateTime>
#include <QUrlQuery>

namespace mua {

namespace {

// A unique query item on every look, so that Varnish or a CDN cannot answer from its cache: a
// cached page during maintenance would hide whether Magento itself answers 503.
const QString CacheBuster = QStringLiteral("mua-check");

QUrl checkUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    QUrlQuery query(url);
    query.addQueryItem(CacheBuster, QString::number(QDateTime::currentMSecsSinceEpoch()));
    url.setQuery(query);
    return url;
}

QString withoutCacheBuster(QUrl url)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(CacheBuster);
    url.setQuery(query.isEmpty() ? QString() : query.query());
    return url.toDisplayString(QUrl::RemovePassword);
}

// The text of a page, one simplified line per block, tags and scripts removed.
QStringList textLines(const QByteArray &body)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inlineTag(
        QStringLiteral("</?(b|i|em|strong|span|a|code|font|small|u|tt)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(body.left(64 * 1024));
    text.remove(hidden);
    text.remove(inlineTag);
    text.replace(tag, QStringLiteral("\n"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#039;"), QLatin1String("'"))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString s = line.simplified();
        if (!s.isEmpty())
            lines << s;
    }
    return lines;
}

QString clip(const QString &s, int max = 200)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

struct Look
{
    StorefrontSample sample;
    bool cancelled = false;
};

QString describe(const StorefrontSample &s)
{
    if (s.status <= 0)
        return SmokeTestStep::tr("no answer");
    QString text = s.ttfbMs >= 0 ? SmokeTestStep::tr("%1, first byte after %2 ms").arg(s.status).arg(s.ttfbMs)
                                 : QString::number(s.status);
    if (s.redirects > 0)
        text += SmokeTestStep::tr(" (%n redirect(s), to %1)", nullptr, s.redirects).arg(s.finalUrl);
    return text;
}

// ' (first line: "…")' when the page has text.
QString evidence(const StorefrontSample &s)
{
    QString e;
    if (s.redirects > 0)
        e += SmokeTestStep::tr(" after %n redirect(s) to %1", nullptr, s.redirects).arg(s.finalUrl);
    if (!s.firstLine.isEmpty())
        e += SmokeTestStep::tr(" (first line: \"%1\")").arg(s.firstLine);
    return e;
}

Look look(StepContext &ctx, const QString &phase)
{
    const QString name = SmokeTestStep::displayUrl(ctx.options.url);
    const HttpClient::Result r =
        HttpClient::get(checkUrl(ctx.options.url), name, ctx.options.urlTimeoutMs, ctx.cancel);
    Look l;
    l.cancelled = r.cancelled;
    StorefrontSample &s = l.sample;
    s.status = r.failure.isEmpty() ? r.status : 0;
    s.ttfbMs = s.status > 0 ? r.ttfbMs : -1;
    s.redirects = r.redirects;
    s.finalUrl = r.finalUrl.isValid() ? withoutCacheBuster(r.finalUrl) : QString();
    s.firstLine = SmokeTestStep::firstLine(r.body);
    s.errorText = SmokeTestStep::findErrorText(r.body);
    s.problem = r.failure;
    if (ctx.log && !r.cancelled)
        ctx.log(s.status > 0 ? LogStream::Info : LogStream::Error,
                s.status > 0 ? SmokeTestStep::tr("Storefront %1: GET %2 → %3.").arg(phase, name, describe(s))
                             : s.problem);
    return l;
}

QString statusText(int status)
{
    return SmokeTestStep::tr("HTTP %1").arg(status);
}

} // namespace

const QList<QRegularExpression> &SmokeTestStep::errorPatterns()
{
    // Matched against each line of the page's text (tags stripped), so PHP's HTML error format
    // (<b>Fatal error</b>: …) reads like its plain one.
    static const QList<QRegularExpression> patterns{
        // Magento's error page (pub/errors), shown for exceptions in production mode.
        QRegularExpression(QStringLiteral("There has been an error processing your request")),
        QRegularExpression(QStringLiteral("Exception printing is disabled by default for security reasons")),
        // Magento's bootstrap, when it cannot even show its error page.
        QRegularExpression(QStringLiteral("An error has happened during application run")),
        // Magento in developer mode: code newer than the database.
        QRegularExpression(QStringLiteral("Please upgrade your database")),
        // PHP itself, with display_errors on.
        QRegularExpression(QStringLiteral("\\b(Fatal|Parse) error: ")),
        QRegularExpression(QStringLiteral("\\bUncaught (Exception|Error|TypeError)\\b")),
        QRegularExpression(QStringLiteral("\\b(Warning|Notice|Deprecated): .+ on line \\d+")),
    };
    return patterns;
}

QString SmokeTestStep::findErrorText(const QByteArray &body)
{
    for (const QString &line : textLines(body)) {
        for (const QRegularExpression &p : errorPatterns()) {
            if (p.match(line).hasMatch())
                return clip(line);
        }
    }
    return QString();
}

QString SmokeTestStep::firstLine(const QByteArray &body)
{
    const QStringList lines = textLines(body.left(16 * 1024));
    return lines.isEmpty() ? QString() : clip(lines.first(), 160);
}

QString SmokeTestStep::displayUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    return u.isValid() ? u.toDisplayString(QUrl::RemovePassword) : url;
}

QString SmokeTestStep::summary(const StorefrontRecord &r)
{
    auto one = [](const std::optional<StorefrontSample> &s) {
        if (!s)
            return tr("not checked");
        if (s->status <= 0)
            return tr("no answer");
        return s->ttfbMs >= 0 ? tr("%1 (%2 ms)").arg(s->status).arg(s->ttfbMs) : QString::number(s->status);
    };
    return tr("before %1 · during maintenance %2 · after %3").arg(one(r.before), one(r.during), one(r.after));
}

QString SmokeTestStep::beforePreview(const StepContext &ctx)
{
    if (ctx.options.url.isEmpty())
        return QString();
    return tr("Then checks that %1 answers 200 and measures its time to first byte.")
        .arg(displayUrl(ctx.options.url));
}

QString SmokeTestStep::duringPreview(const StepContext &ctx)
{
    if (ctx.options.url.isEmpty())
        return QString();
    return tr("Then checks that %1 answers 503, which proves maintenance took effect.")
        .arg(displayUrl(ctx.options.url));
}

bool SmokeTestStep::checkBefore(StepContext &ctx, QString *error)
{
    if (ctx.options.url.isEmpty())
        return true;
    const QString name = displayUrl(ctx.options.url);
    StorefrontRecord &record = ctx.record.storefront;
    record.url = name;
    // Maintenance is on already (the admin's, or a run that stopped): the open shop cannot be timed.
    const bool closed = ctx.runner.maintenanceFlagExists();
    Look l = look(ctx, tr("before the run"));
    StorefrontSample &s = l.sample;
    if (l.cancelled)
        return failWith(error, s.problem);
    if (!s.problem.isEmpty()) {
        record.before = s;
        return failWith(error, s.problem);
    }
    // A resumed run compares with the first run's storefront, whatever the shop answers now (a run
    // that failed its check after the upgrade left it open but broken).
    const bool haveBaseline = record.before && record.before->status == 200;
    if (closed || (ctx.options.resume && haveBaseline)) {
        if (haveBaseline) {
            if (ctx.log)
                ctx.log(LogStream::Info,
                        (closed
                             ? tr("Maintenance is on, so %1 answers %2 now; before the first run it answered "
                                  "200 with the first byte after %3 ms.")
                             : tr("%1 answers %2 now; before the first run it answered 200 with the first "
                                  "byte after %3 ms, and the check after the run compares with that."))
                            .arg(name)
                            .arg(s.status)
                            .arg(record.before->ttfbMs));
        } else {
            record.before = s;
            if (ctx.log)
                ctx.log(LogStream::Info,
                        tr("Maintenance is on already, so %1 answers %2; its time to first byte with the "
                           "shop open is not known, and the check after the run compares with nothing.")
                            .arg(name)
                            .arg(s.status));
        }
        return true;
    }
    if (s.status != 200) {
        const Wording &words = Wording::current();
        s.problem = s.status == 401
                        ? tr("%1 asks for a password (HTTP 401) — give it in the address, as in "
                             "%2.")
                              .arg(name, words.setting(Setting::Url,
                                                       QStringLiteral("https://user:password@%1/")
                                                           .arg(QUrl(ctx.options.url.trimmed()).host())))
                        : tr("%1 answered %2 before the upgrade, not 200%3 — the storefront has to work "
                             "before the run for the check after it to mean something; fix it, or run "
                             "without %4.")
                              .arg(name, statusText(s.status), evidence(s), words.setting(Setting::Url));
        record.before = s;
        return failWith(error, s.problem);
    }
    record.before = s;
    if (!s.errorText.isEmpty() && ctx.log)
        ctx.log(LogStream::Warning,
                tr("%1 shows error text before the upgrade already: \"%2\".").arg(name, s.errorText));
    return true;
}

bool SmokeTestStep::checkDuring(StepContext &ctx, QString *error)
{
    if (ctx.options.url.isEmpty())
        return true;
    const QString name = displayUrl(ctx.options.url);
    StorefrontRecord &record = ctx.record.storefront;
    record.url = name;
    Look l = look(ctx, tr("during maintenance"));
    StorefrontSample &s = l.sample;
    // Magento's error report page answers 503 too: that is a broken store, not maintenance.
    if (!l.cancelled && s.problem.isEmpty() && s.status == 503 && !s.errorText.isEmpty())
        s.problem = tr("%1 answered 503 during maintenance, but with an error page (\"%2\"), not the "
                       "maintenance page: look at var/report/ for what went wrong.")
                        .arg(name, s.errorText);
    else if (!l.cancelled && s.problem.isEmpty() && s.status != 503)
        s.problem = tr("%1 answered %2 while maintenance was on, not 503%3: maintenance did not take effect "
                       "for this check — is this computer's address in var/.maintenance.ip, or does a cache "
                       "(Varnish, a CDN) or another server answer for the store?")
                        .arg(name, statusText(s.status), evidence(s));
    record.during = s;
    if (s.problem.isEmpty() && ctx.log)
        ctx.log(LogStream::Info,
                tr("%1 answers 503 during maintenance: maintenance mode took effect.").arg(name));
    return s.problem.isEmpty() || failWith(error, s.problem);
}

Applicability SmokeTestStep::applies(const StepContext &ctx) const
{
    if (ctx.options.url.isEmpty())
        return {false, Wording::current().notChosen(Setting::Url)};
    if (ctx.record.maintenanceBefore.value_or(ctx.store.maintenance))
        return {false, tr("maintenance was on before the run and stays on, so the storefront stays closed")};
    return {};
}

StepPreview SmokeTestStep::preview(const StepContext &ctx) const
{
    StepPreview p;
    p.summary = tr("Checks that %1 answers 200 again, with its first byte no more than twice as late as "
                   "before the run, and without PHP or Magento error text on the page.")
                    .arg(displayUrl(ctx.options.url));
    return p;
}

StepOutcome SmokeTestStep::run(StepContext &ctx)
{
    const QString name = displayUrl(ctx.options.url);
    StorefrontRecord &record = ctx.record.storefront;
    record.url = name;
    Look l = look(ctx, tr("after the upgrade"));
    StorefrontSample s = l.sample;
    if (l.cancelled || !s.problem.isEmpty()) {
        record.after = s;
        return failed(s.problem);
    }
    if (s.status != 200) {
        s.problem = tr("%1 answered %2 after the upgrade, not 200%3 — the store is open with this page; look "
                       "at var/report/ and var/log/exception.log, or close it again with %4.")
                        .arg(name, statusText(s.status), evidence(s),
                             ctx.runner.magentoHint(QStringLiteral("maintenance:enable")));
        record.after = s;
        return failed(s.problem);
    }

    QStringList warnings;
    const std::optional<StorefrontSample> &before = record.before;
    const bool haveBaseline = before && before->status == 200 && before->ttfbMs >= 0;
    auto slow = [&](qint64 ttfb) {
        return haveBaseline && ttfb > 2 * before->ttfbMs && ttfb - before->ttfbMs >= SlowerByAtLeastMs;
    };
    // The first request after the cache flush warms the caches up: ask twice more before warning.
    const qint64 firstTtfb = s.ttfbMs;
    for (int again = 0; again < 2 && slow(s.ttfbMs) && !ctx.cancelled(); ++again) {
        const Look retry = look(ctx, tr("after the upgrade, again"));
        if (retry.sample.status == 200 && retry.sample.ttfbMs >= 0 && retry.sample.ttfbMs < s.ttfbMs) {
            const QString errorText = s.errorText.isEmpty() ? retry.sample.errorText : s.errorText;
            s = retry.sample;
            s.errorText = errorText;
        }
    }
    if (slow(s.ttfbMs))
        warnings << (s.ttfbMs == firstTtfb
                         ? tr("%1: the first byte came after %2 ms, more than twice the %3 ms before the "
                              "upgrade — caches may still be warming up; look again if it stays slow.")
                               .arg(name)
                               .arg(s.ttfbMs)
                               .arg(before->ttfbMs)
                         : tr("%1: the first byte came after %2 ms at best (%3 ms the first time), more than "
                              "twice the %4 ms before the upgrade — caches may still be warming up; look "
                              "again if it stays slow.")
                               .arg(name)
                               .arg(s.ttfbMs)
                               .arg(firstTtfb)
                               .arg(before->ttfbMs));
    if (!s.errorText.isEmpty())
        warnings << tr("%1 answered 200, but the page shows error text: \"%2\"%3 — look at var/report/ and "
                       "var/log/exception.log.")
                        .arg(name, s.errorText,
                             before && !before->errorText.isEmpty() ? tr(" (it did before the upgrade too)")
                                                                    : QString());
    record.after = s;
    record.warnings << warnings;
    for (const QString &w : std::as_const(warnings)) {
        if (ctx.log)
            ctx.log(LogStream::Warning, w);
    }
    QString detail = haveBaseline
                         ? tr("200, first byte after %1 ms (before: %2 ms)").arg(s.ttfbMs).arg(before->ttfbMs)
                         : tr("200, first byte after %1 ms").arg(s.ttfbMs);
    if (!warnings.isEmpty())
        detail += tr("; %n warning(s)", nullptr, int(warnings.size()));
    return done(detail);
}

} // namespace mua
