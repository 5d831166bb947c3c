#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>

namespace mua {

// One HTTP/1.1 request at a time from any thread (the worker's included): each call opens its own
// connection (TLS with the system's certificates for https) and waits in a local event loop, with
// one time limit for the whole exchange, redirects included, and the run's cancel flag. Every part
// of an answer is bounded (status line, headers, the body read), so an endless or trickling answer
// costs neither memory nor more than the time limit. Anything that is not an HTTP answer comes
// back as one sentence that says what to do.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(mua::HttpClient)

public:
    static constexpr int MaxRedirects = 5;
    // Read of a body: what the checks look at. The rest is not read (the connection is closed).
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;
    // An answer's status line, header block and number of header fields: more is refused.
    static constexpr qsizetype MaxStatusLineBytes = 8 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderFields = 100;

    // Data, not an error convention: a time-out or an answer that is not HTTP keeps the timings.
    struct Result
    {
        int status = 0;     // HTTP status of the last answer; 0 when there was none
        qint64 ttfbMs = -1; // from the start of the request to the final answer's headers
        qint64 totalMs = -1;
        QUrl finalUrl; // after redirects
        int redirects = 0;
        QByteArray body; // the first MaxBodyBytes at most
        QString failure; // one sentence when there was no usable HTTP answer
        bool timedOut = false;
        bool cancelled = false;
        bool answered() const { return failure.isEmpty() && status > 0; }
    };

    struct Request
    {
        QUrl url;
        QString name;          // how sentences name the target ("https://shop.test/", "the webhook at …")
        int timeoutMs = 30000; // for the whole exchange, redirects included
        bool followRedirects = true;
        QByteArray postJson; // POST this as application/json when not empty
        const std::atomic_bool *cancel = nullptr;
    };

    static Result send(const Request &request);
    static Result get(const QUrl &url, const QString &name, int timeoutMs,
                      const std::atomic_bool *cancel = nullptr);

    // http:// or https:// with a host; otherwise a sentence naming the option and the value, with a
    // password in it masked — or, for a secret address (a webhook), without the value at all.
    enum class Shown { Value, NotShown };
    static bool parseWebUrl(const QString &text, const QString &option, QUrl *url, QString *error,
                            Shown shown = Shown::Value);
    // scheme://host[:port]/… — enough to say which server without printing a secret path.
    static QString serverOf(const QUrl &url);
};

} // namespace mua
