#include "core/net/httpclient.h"

#include "core/model/error.h"

#include <QRegularExpression>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#endif

namespace mua {

namespace {

#if QT_CONFIG(ssl)
QString certificateNames(const QSslCertificate &c)
{
    QStringList names = c.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (names.isEmpty())
        names = c.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? HttpClient::tr("another name") : names.join(QLatin1String(", "));
}

QString tlsFailure(const QString &name, const QUrl &url, const QList<QSslError> &errors,
                   const QString &fallback)
{
    const QString trust =
        HttpClient::tr("trust it on this computer (copy it to /usr/local/share/ca-certificates and run "
                       "update-ca-certificates), or check the http:// address instead");
    auto has = [&errors](QSslError::SslError e) {
        return std::any_of(errors.begin(), errors.end(), [e](const QSslError &x) { return x.error() == e; });
    };
    auto find = [&errors](QSslError::SslError e) {
        return *std::find_if(errors.begin(), errors.end(),
                             [e](const QSslError &x) { return x.error() == e; });
    };
    if (has(QSslError::HostNameMismatch))
        return HttpClient::tr(
                   "%1: the TLS certificate is for %2, not for %3 — use the address the certificate "
                   "names, or get a certificate for %3.")
            .arg(name, certificateNames(find(QSslError::HostNameMismatch).certificate()), url.host());
    if (has(QSslError::SelfSignedCertificate) || has(QSslError::SelfSignedCertificateInChain))
        return HttpClient::tr("%1: the TLS certificate is not trusted (self-signed) — %2.").arg(name, trust);
    if (has(QSslError::CertificateExpired))
        return HttpClient::tr(
                   "%1: the TLS certificate expired on %2 — renew it (for example with certbot renew).")
            .arg(name, find(QSslError::CertificateExpired).certificate().expiryDate().toString(Qt::ISODate));
    if (has(QSslError::CertificateNotYetValid))
        return HttpClient::tr(
                   "%1: the TLS certificate is not valid yet — check the clock of this computer and of "
                   "the server.")
            .arg(name);
    if (has(QSslError::UnableToGetLocalIssuerCertificate) || has(QSslError::UnableToGetIssuerCertificate) ||
        has(QSslError::CertificateUntrusted) || has(QSslError::UnableToVerifyFirstCertificate))
        return HttpClient::tr(
                   "%1: the TLS certificate is not trusted (its issuer is unknown to this computer, or "
                   "the server does not send the intermediate certificates) — %2.")
            .arg(name, trust);
    if (!errors.isEmpty())
        return HttpClient::tr("%1: the TLS certificate was refused (%2).")
            .arg(name, errors.first().errorString());
    return HttpClient::tr(
               "%1: the TLS handshake failed (%2) — the server may speak plain http on this port, or "
               "only old TLS versions.")
        .arg(name, fallback);
}
#endif

QString failureSentence(const QString &name, const QUrl &url, QNetworkReply::NetworkError error,
                        const QString &errorString, const QUrl &lastRedirect)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return HttpClient::tr(
                   "%1: the host name %2 was not found (DNS) — check the address, or add the host to "
                   "/etc/hosts for a store on this computer.")
            .arg(name, url.host());
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::tr(
                   "%1: the connection was refused — nothing listens on %2 port %3; is the web server "
                   "running?")
            .arg(name, url.host())
            .arg(port);
    case QNetworkReply::RemoteHostClosedError:
        return HttpClient::tr("%1: the server closed the connection without an answer — look at the web "
                              "server's error log.")
            .arg(name);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return HttpClient::tr("%1: the connection timed out — a firewall may drop it, or the server is down.")
            .arg(name);
    case QNetworkReply::TooManyRedirectsError:
        return HttpClient::tr(
                   "%1: more than %2 redirects (the last one to %3) — probably a redirect loop; check "
                   "the store's base URLs (web/unsecure/base_url and web/secure/base_url).")
            .arg(name)
            .arg(HttpClient::MaxRedirects)
            .arg(lastRedirect.toDisplayString(QUrl::RemoveUserInfo));
    case QNetworkReply::InsecureRedirectError:
        return HttpClient::tr(
                   "%1: redirected from https to the unencrypted %2, which is not followed — check the "
                   "store's base URLs (web/secure/base_url).")
            .arg(name, lastRedirect.toDisplayString(QUrl::RemoveUserInfo));
    case QNetworkReply::ProtocolUnknownError:
        return HttpClient::tr("%1: only http:// and https:// addresses can be checked.").arg(name);
    case QNetworkReply::ProtocolFailure:
        return HttpClient::tr("%1: the answer was not HTTP (%2) — is this the web server's port?")
            .arg(name, errorString);
    default:
        return HttpClient::tr("%1: %2.").arg(name, errorString);
    }
}

} // namespace

HttpClient::Result HttpClient::get(const QUrl &url, const QString &name, int timeoutMs,
                                   const std::atomic_bool *cancel)
{
    Request r;
    r.url = url;
    r.name = name;
    r.timeoutMs = timeoutMs;
    r.cancel = cancel;
    return send(r);
}

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// The answer to one request (no redirects followed), read from the socket as it arrives. Nothing
// grows without a limit: the status line, the header block and its number of fields, a chunk-size
// line, and the body kept (MaxBodyBytes; the reading stops there: the check has what it needs).
class AnswerParser
{
public:
    enum class State { Status, Headers, Body, Done, Failed };

    explicit AnswerParser(bool headRequest)
        : m_head(headRequest)
    {}

    State state() const { return m_state; }
    int status() const { return m_status; }
    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &[name, value] : m_headers) {
            if (name == lowerName)
                return value;
        }
        return {};
    }
    const QByteArray &body() const { return m_body; }
    bool headersDone() const { return m_state == State::Body || m_state == State::Done; }
    bool gotAnything() const { return m_gotAnything; }
    // Why it failed, as the end of a sentence that names the address ("%1: " + this).
    QString problem() const { return m_problem; }

    void feed(const QByteArray &data)
    {
        if (!data.isEmpty())
            m_gotAnything = true;
        m_in += data;
        while (m_state != State::Done && m_state != State::Failed) {
            const qsizetype before = m_in.size();
            const State state = m_state;
            step();
            if (m_state == state && m_in.size() == before)
                break; // needs more input
        }
        if (m_state == State::Failed || m_state == State::Done)
            m_in.clear();
    }

    // The peer closed the connection: a body without a length ends here.
    void finish()
    {
        if (m_state == State::Body && m_mode == Framing::UntilClose)
            m_state = State::Done;
    }

private:
    enum class Framing { None, Length, Chunked, UntilClose };

    void fail(const QString &problem)
    {
        m_state = State::Failed;
        m_problem = problem;
    }

    // Takes one line (without its CRLF or LF) off the input; false when none is complete yet.
    bool takeLine(QByteArray *line, qsizetype limit, const QString &tooLong)
    {
        const qsizetype nl = m_in.indexOf('\n', m_scanned);
        if (nl < 0) {
            m_scanned = m_in.size();
            if (m_in.size() > limit)
                fail(tooLong);
            return false;
        }
        if (nl > limit) {
            fail(tooLong);
            return false;
        }
        qsizetype end = nl;
        if (end > 0 && m_in.at(end - 1) == '\r')
            --end;
        *line = m_in.left(end);
        m_in.remove(0, nl + 1);
        m_scanned = 0;
        return true;
    }

    void step()
    {
        switch (m_state) {
        case State::Status: {
            if (m_in.size() >= 5 && !m_in.startsWith("HTTP/")) {
                fail(HttpClient::tr("the answer was not HTTP — is this the web server's port?"));
                return;
            }
            QByteArray line;
            if (!takeLine(
                    &line, HttpClient::MaxStatusLineBytes,
                    HttpClient::tr("the status line of the answer is longer than %1 KB — is this the web "
                                   "server's port?")
                        .arg(HttpClient::MaxStatusLineBytes / 1024)))
                return;
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            m_status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
            if (!line.startsWith("HTTP/") || !ok || m_status < 100 || m_status > 999) {
                fail(HttpClient::tr("the answer was not HTTP — is this the web server's port?"));
                return;
            }
            m_headerBytes = 0;
            m_headers.clear();
            m_state = State::Headers;
            return;
        }
        case State::Headers: {
            QByteArray line;
            const QString tooBig =
                HttpClient::tr("the answer's headers are larger than %1 KB — check the web server and "
                               "whatever is in front of it.")
                    .arg(HttpClient::MaxHeaderBytes / 1024);
            if (!takeLine(&line, HttpClient::MaxHeaderBytes - m_headerBytes, tooBig))
                return;
            m_headerBytes += line.size() + 2;
            if (!line.isEmpty()) {
                if (m_headers.size() >= HttpClient::MaxHeaderFields) {
                    fail(
                        HttpClient::tr("the answer has more than %1 header fields — check the web server and "
                                       "whatever is in front of it.")
                            .arg(HttpClient::MaxHeaderFields));
                    return;
                }
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    m_headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
                return;
            }
            // 1xx: an interim answer; the real one follows.
            if (m_status < 200) {
                m_state = State::Status;
                return;
            }
            const QByteArray encoding = header("transfer-encoding").toLower();
            bool ok = false;
            const qint64 length = header("content-length").toLongLong(&ok);
            if (m_head || m_status == 204 || m_status == 304) {
                m_mode = Framing::None;
            } else if (encoding.contains("chunked")) {
                m_mode = Framing::Chunked;
            } else if (ok && length >= 0) {
                m_mode = Framing::Length;
                m_remaining = length;
            } else {
                m_mode = Framing::UntilClose;
            }
            m_state = m_mode == Framing::None || (m_mode == Framing::Length && m_remaining == 0)
                          ? State::Done
                          : State::Body;
            return;
        }
        case State::Body:
            readBody();
            return;
        case State::Done:
        case State::Failed:
            return;
        }
    }

    void keep(const char *data, qsizetype size)
    {
        const qsizetype room = HttpClient::MaxBodyBytes - m_body.size();
        m_body.append(data, std::min(room, size));
        if (m_body.size() >= HttpClient::MaxBodyBytes)
            m_state = State::Done; // enough for the check: the rest is not read
    }

    void readBody()
    {
        if (m_mode == Framing::UntilClose || m_mode == Framing::Length) {
            qsizetype take = m_in.size();
            if (m_mode == Framing::Length)
                take = qsizetype(std::min<qint64>(take, m_remaining));
            keep(m_in.constData(), take);
            m_in.remove(0, take);
            if (m_mode == Framing::Length && (m_remaining -= take) == 0)
                m_state = State::Done;
            return;
        }
        // Chunked: "SIZE[;ext]" CRLF data CRLF …, ended by a chunk of size 0.
        if (m_remaining > 0) {
            const qsizetype take = qsizetype(std::min<qint64>(m_in.size(), m_remaining));
            keep(m_in.constData(), take);
            m_in.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_afterChunk = true;
            return;
        }
        QByteArray line;
        const QString bad = HttpClient::tr("the answer's chunked body is malformed — check the web server.");
        if (!takeLine(&line, 1024, bad))
            return;
        if (m_afterChunk) { // the CRLF after a chunk's data
            m_afterChunk = false;
            if (!line.isEmpty())
                fail(bad);
            return;
        }
        bool ok = false;
        const qsizetype extension = line.indexOf(';');
        const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(bad);
            return;
        }
        if (size == 0) {
            m_state = State::Done; // trailers, if any, are not needed
            return;
        }
        m_remaining = size;
    }

    bool m_head;
    State m_state = State::Status;
    QByteArray m_in;
    qsizetype m_scanned = 0; // of m_in, already searched for a line end
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qsizetype m_headerBytes = 0;
    Framing m_mode = Framing::None;
    qint64 m_remaining = 0;
    bool m_afterChunk = false;
    QByteArray m_body;
    bool m_gotAnything = false;
    QString m_problem;
};

QByteArray requestBytes(const QUrl &url, const QByteArray &postJson, bool withCredentials)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray r = (postJson.isEmpty() ? "GET " : "POST ") + target + " HTTP/1.1\r\n";
    r += "Host: " + url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toUtf8() + "\r\n";
    r += "User-Agent: MagentoUpgradeAssistant/" MUA_VERSION "\r\n";
    r += "Accept: */*\r\nCache-Control: no-cache\r\nConnection: close\r\n";
    if (withCredentials && !url.userName().isEmpty())
        r += "Authorization: Basic " + (url.userName().toUtf8() + ':' + url.password().toUtf8()).toBase64() +
             "\r\n";
    if (!postJson.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(postJson.size()) +
             "\r\n";
    return r + "\r\n" + postJson;
}

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

// One HTTP/1.1 exchange per address on a socket of its own (Connection: close), redirects followed
// by hand, so that every part of an answer has a limit (see AnswerParser) and the whole exchange,
// redirects included, one time limit.
HttpClient::Result HttpClient::send(const Request &request)
{
    Result result;
    QElapsedTimer clock;
    clock.start();
    QUrl url = request.url;
    QUrl lastRedirect;
    const QString originHost = url.host().toLower();
    for (;;) {
        const bool tls = url.scheme().toLower() == QLatin1String("https");
        if (!tls && url.scheme().toLower() != QLatin1String("http")) {
            result.failure = failureSentence(request.name, request.url, QNetworkReply::ProtocolUnknownError,
                                             QString(), lastRedirect);
            break;
        }
        std::unique_ptr<QTcpSocket> socket;
#if QT_CONFIG(ssl)
        QList<QSslError> sslErrors;
        if (tls) {
            auto ssl = std::make_unique<QSslSocket>();
            QObject::connect(ssl.get(), &QSslSocket::sslErrors, ssl.get(),
                             [&sslErrors](const QList<QSslError> &errors) { sslErrors = errors; });
            socket = std::move(ssl);
        }
#endif
        if (!socket && tls) {
            result.failure = tr("%1: TLS is not available in this build.").arg(request.name);
            break;
        }
        if (!socket)
            socket = std::make_unique<QTcpSocket>();
        socket->setReadBufferSize(64 * 1024); // the socket's own buffer stays small too

        AnswerParser answer(false);
        bool closed = false;
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        bool errored = false;
        QEventLoop loop;
        const QByteArray bytes = requestBytes(url, request.postJson, url.host().toLower() == originHost);
        auto sendRequest = [&] { socket->write(bytes); };
        auto readSome = [&] {
            answer.feed(socket->readAll());
            if (result.ttfbMs < 0 && answer.headersDone())
                result.ttfbMs = clock.elapsed();
            if (answer.state() == AnswerParser::State::Done || answer.state() == AnswerParser::State::Failed)
                loop.quit();
        };
        QObject::connect(socket.get(), &QIODevice::readyRead, &loop, readSome);
        QObject::connect(socket.get(), &QAbstractSocket::disconnected, &loop, [&] {
            readSome();
            closed = true;
            loop.quit();
        });
        QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, &loop,
                         [&](QAbstractSocket::SocketError e) {
                             if (e == QAbstractSocket::RemoteHostClosedError) {
                                 readSome();
                                 closed = true;
                             } else {
                                 errored = true;
                                 socketError = e;
                             }
                             loop.quit();
                         });
#if QT_CONFIG(ssl)
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(socket.get());
            QObject::connect(ssl, &QSslSocket::encrypted, &loop, sendRequest);
            ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        }
#endif
        if (!tls) {
            QObject::connect(socket.get(), &QAbstractSocket::connected, &loop, sendRequest);
            socket->connectToHost(url.host(), quint16(url.port(80)));
        }

        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
            result.timedOut = true;
            loop.quit();
        });
        QTimer poll; // the run's cancel flag is an atomic, not a signal
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (request.cancel && request.cancel->load()) {
                result.cancelled = true;
                loop.quit();
            }
        });
        limit.start(int(std::max<qint64>(0, request.timeoutMs - clock.elapsed())));
        poll.start(100);
        while (!result.timedOut && !result.cancelled && !errored && !closed &&
               answer.state() != AnswerParser::State::Done && answer.state() != AnswerParser::State::Failed)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        limit.stop();
        poll.stop();
        if (closed)
            answer.finish();
        socket->abort(); // whatever else the server would send is not read
        result.totalMs = clock.elapsed();
        result.finalUrl = url;

        if (result.cancelled) {
            result.failure = tr("%1: not checked, the run was cancelled.").arg(request.name);
        } else if (answer.state() == AnswerParser::State::Failed) {
            result.failure = tr("%1: %2").arg(request.name, answer.problem());
        } else if (answer.state() == AnswerParser::State::Done ||
                   (answer.state() == AnswerParser::State::Body && closed)) {
            // An answer (a body cut short by the server still shows what it is).
            result.status = answer.status();
            if (request.followRedirects && isRedirect(answer.status())) {
                const QByteArray location = answer.header("location");
                const QUrl next = url.resolved(QUrl::fromEncoded(location));
                if (location.isEmpty() || !next.isValid()) {
                    result.body = answer.body();
                    break;
                }
                lastRedirect = next;
                if (tls && next.scheme().toLower() == QLatin1String("http")) {
                    result.status = 0;
                    result.failure = failureSentence(request.name, request.url,
                                                     QNetworkReply::InsecureRedirectError, QString(), next);
                    break;
                }
                if (++result.redirects > MaxRedirects) {
                    result.status = 0;
                    result.failure = failureSentence(request.name, request.url,
                                                     QNetworkReply::TooManyRedirectsError, QString(), next);
                    break;
                }
                result.ttfbMs = -1; // the time to first byte is the final answer's
                url = next;
                continue;
            }
            result.body = answer.body();
        } else if (result.timedOut) {
            result.failure =
                tr("%1: no answer within %2 s — the server, or something in front of it, is too slow "
                   "or does not answer.")
                    .arg(request.name)
                    .arg(request.timeoutMs / 1000.0, 0, 'g', 3);
        } else if (errored && socketError == QAbstractSocket::SslHandshakeFailedError) {
#if QT_CONFIG(ssl)
            result.failure = tlsFailure(request.name, url, sslErrors, socket->errorString());
#endif
        } else if (errored) {
            result.failure = failureSentence(request.name, url, networkError(socketError),
                                             socket->errorString(), lastRedirect);
        } else { // closed before a whole status line and headers
            result.failure = answer.gotAnything()
                                 ? tr("%1: the server closed the connection in the middle of its answer — "
                                      "look at the web server's error log.")
                                       .arg(request.name)
                                 : failureSentence(request.name, url, QNetworkReply::RemoteHostClosedError,
                                                   QString(), lastRedirect);
        }
        break;
    }
    if (!result.failure.isEmpty())
        result.status = 0;
    if (result.status > 0 && result.ttfbMs < 0)
        result.ttfbMs = result.totalMs;
    return result;
}

bool HttpClient::parseWebUrl(const QString &text, const QString &option, QUrl *url, QString *error,
                             Shown shown)
{
    const QUrl u(text.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        u.host().isEmpty()) {
        if (shown == Shown::NotShown)
            return failWith(
                error, tr("%1 is not an http:// or https:// address such as https://hooks.example.com/… (the "
                          "address is not repeated here, because it holds a secret).")
                           .arg(option));
        // user:password@ — the password is masked even in an address that does not parse.
        static const QRegularExpression password(QStringLiteral("^([^/@]*//[^/@:]*:)[^/@]*@"));
        QString masked = text.trimmed();
        masked.replace(password, QStringLiteral("\\1********@"));
        return failWith(error,
                        tr("%1 %2 is not an http:// or https:// address such as https://shop.example.com/.")
                            .arg(option, masked));
    }
    *url = u;
    return true;
}

QString HttpClient::serverOf(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                               QUrl::RemoveFragment) +
           (url.path().size() > 1 ? QStringLiteral("/…") : QString());
}

} // namespace mua
