#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <atomic>

namespace mua {

// One HTTP request at a time from any thread (the worker's included): each call makes its own
// QNetworkAccessManager and waits in a local event loop, with a time limit and the run's cancel
// flag. Anything that is not an HTTP answer comes back as one sentence that says what to do.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(mua::HttpClient)

public:
    static constexpr int MaxRedirects = 5;
    static constexpr qint64 MaxBodyBytes = 256 * 1024; // kept of a body; the rest is read and dropped

    struct Result
    {
        int status = 0;     // HTTP status of the last answer; 0 when there was none
        qint64 ttfbMs = -1; // from the start of the request to the final answer's headers
        qint64 totalMs = -1;
        QUrl finalUrl; // after redirects
        int redirects = 0;
        QByteArray body; // at most MaxBodyBytes
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
