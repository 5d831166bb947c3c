#include "httpclient.h"

#include <QRegularExpression>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
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

HttpClient::Result HttpClient::send(const Request &request)
{
    Result result;
    QNetworkAccessManager manager; // lives on the calling thread, as the replies do
    QNetworkRequest req(request.url);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("MagentoUpgradeAssistant/%1").arg(QStringLiteral(MUA_VERSION)));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, request.followRedirects
                                                                   ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                   : QNetworkRequest::ManualRedirectPolicy);
    req.setMaximumRedirectsAllowed(MaxRedirects);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setRawHeader("Cache-Control", "no-cache");

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nullptr;
    if (request.postJson.isEmpty()) {
        reply = manager.get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = manager.post(req, request.postJson);
    }

    QUrl lastRedirect;
#if QT_CONFIG(ssl)
    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&sslErrors](const QList<QSslError> &errors) { sslErrors = errors; });
#endif
    QObject::connect(reply, &QNetworkReply::redirected, reply, [&](const QUrl &to) {
        ++result.redirects;
        lastRedirect = to;
        result.ttfbMs = -1; // the time to first byte is the final answer's
        result.body.clear();
    });
    auto firstByte = [&] {
        if (result.ttfbMs < 0)
            result.ttfbMs = clock.elapsed();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, firstByte);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        firstByte();
        const QByteArray chunk = reply->readAll();
        if (result.body.size() < MaxBodyBytes)
            result.body += chunk.left(MaxBodyBytes - result.body.size());
    });

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, reply, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QTimer poll; // the run's cancel flag is an atomic, not a signal
    QObject::connect(&poll, &QTimer::timeout, reply, [&] {
        if (request.cancel && request.cancel->load()) {
            result.cancelled = true;
            reply->abort();
        }
    });
    limit.start(request.timeoutMs);
    poll.start(100);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    limit.stop();
    poll.stop();

    result.totalMs = clock.elapsed();
    if (reply->bytesAvailable() > 0 && result.body.size() < MaxBodyBytes)
        result.body += reply->readAll().left(MaxBodyBytes - result.body.size());
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.finalUrl = reply->url();
    const QNetworkReply::NetworkError error = reply->error();
    const bool transportError = error >= QNetworkReply::ConnectionRefusedError && error < 200;
    if (result.status > 0 && result.ttfbMs < 0)
        result.ttfbMs = result.totalMs;

    if (result.cancelled) {
        result.failure = tr("%1: not checked, the run was cancelled.").arg(request.name);
    } else if (result.timedOut) {
        result.failure =
            tr("%1: no answer within %2 s — the server, or something in front of it, is too slow "
               "or does not answer.")
                .arg(request.name)
                .arg(request.timeoutMs / 1000.0, 0, 'g', 3);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
#if QT_CONFIG(ssl)
        result.failure = tlsFailure(request.name, reply->url(), sslErrors, reply->errorString());
#else
        result.failure = tr("%1: TLS is not available in this build.").arg(request.name);
#endif
    } else if (transportError || result.status <= 0) {
        result.failure = failureSentence(request.name, request.url, error, reply->errorString(),
                                         lastRedirect.isValid() ? lastRedirect : reply->url());
    }
    if (!result.failure.isEmpty())
        result.status = transportError ? 0 : result.status;
    delete reply;
    return result;
}

bool HttpClient::parseWebUrl(const QString &text, const QString &option, QUrl *url, QString *error,
                             Shown shown)
{
    const QUrl u(text.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        u.host().isEmpty()) {
        if (shown == Shown::NotShown) {
            *error = tr("%1 is not an http:// or https:// address such as https://hooks.example.com/… (the "
                        "address is not repeated here, because it holds a secret).")
                         .arg(option);
            return false;
        }
        // user:password@ — the password is masked even in an address that does not parse.
        static const QRegularExpression password(QStringLiteral("^([^/@]*//[^/@:]*:)[^/@]*@"));
        QString masked = text.trimmed();
        masked.replace(password, QStringLiteral("\\1********@"));
        *error = tr("%1 %2 is not an http:// or https:// address such as https://shop.example.com/.")
                     .arg(option, masked);
        return false;
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
