// The storefront check (--url) and the notifications (--notify) against a real HTTP server of the
// test's own: php -S on 127.0.0.1 with tests/support/storefront-router.php, which answers 503 while the demo
// store's var/.maintenance.flag exists, like Magento, and records the webhook's requests. The
// command line, the engine, and the wizard's storefront field.
#include "core/net/httpclient.h"
#include "core/net/notifier.h"
#include "core/run/upgradecontroller.h"
#include "core/steps/smoketeststep.h"
#include "demo/demostore.h"
#include "tests/support/composerrepo.h" // freePort
#include "tests/support/testsupport.h"
#include "tests/support/widgetsupport.h"
#include "ui/common/messages.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"
#include "ui/wizard/finishpage.h"
#include "ui/wizard/mainwizard.h"
#include "ui/wizard/readinesspage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/storepage.h"
#include "ui/wizard/upgradepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>

using namespace mua;
using mua::test::describe;
using mua::test::labelsText;
using mua::test::maintenanceOn;
using mua::test::makeStore;
using mua::test::ProgramResult;
using mua::test::readFile;
using mua::test::runProgram;
using mua::test::writeFile;

using mua::test::freePort;

namespace {

// php -S 127.0.0.1:PORT storefront-router.php for one store; the state folder holds the mode file,
// the request log and what the webhook received.
class PhpServer
{
public:
    PhpServer(const QString &store, const QString &state)
        : m_state(state)
    {
        QDir().mkpath(state);
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MUA_STORE"), store);
        env.insert(QStringLiteral("MUA_STATE"), state);
        m_php.setProcessEnvironment(env);
        m_php.setProcessChannelMode(QProcess::MergedChannels);
        m_php.setStandardOutputFile(state + QStringLiteral("/php.log"));
        m_php.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_php.start(QStringLiteral("php"),
                    {QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     mua::test::sourceDir() + QStringLiteral("/support/storefront-router.php")});
    }
    ~PhpServer()
    {
        m_php.terminate();
        if (!m_php.waitForFinished(3000))
            m_php.kill();
        m_php.waitForFinished(3000);
    }

    // True once the server accepts connections.
    bool waitUntilUp()
    {
        if (!m_php.waitForStarted(5000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(200))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    void setMode(const QString &mode) { writeFile(m_state, QStringLiteral("mode"), mode.toUtf8()); }
    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QByteArray requests() const { return readFile(m_state + QStringLiteral("/requests.log")); }
    QString state(const QString &name) const { return m_state + QLatin1Char('/') + name; }
    // The GET requests the storefront received.
    QStringList gets() const
    {
        return QString::fromUtf8(requests())
            .split(QLatin1Char('\n'))
            .filter(QRegularExpression(QStringLiteral("^GET /")));
    }
    // The n-th body the webhook received (1-based) and its Content-Type.
    QJsonObject hook(int n) const
    {
        return QJsonDocument::fromJson(readFile(m_state + QStringLiteral("/hook-%1.json").arg(n))).object();
    }
    QByteArray hookRaw(int n) const { return readFile(m_state + QStringLiteral("/hook-%1.json").arg(n)); }
    QByteArray hookType(int n) const { return readFile(m_state + QStringLiteral("/hook-%1.type").arg(n)); }
    int hooks() const
    {
        return int(QDir(m_state).entryList({QStringLiteral("hook-*.json")}, QDir::Files).size());
    }

private:
    QString m_state;
    quint16 m_port = 0;
    QProcess m_php;
};

// A server of the test's own on 127.0.0.1 that answers every request in a hostile way, for the
// HTTP client's limits: a body or headers that never end, an answer that trickles in.
class HostileServer : public QTcpServer
{
public:
    enum class Mode {
        EndlessBody,    // 200 and headers, then a body that never ends
        EndlessHeaders, // 200, then header lines that never end
        EndlessStatus,  // a status line that never ends
        Trickle,        // a valid answer, one byte a second
        RedirectForever // 302 to a new address on every request
    };
    explicit HostileServer(Mode mode)
        : m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
        m_trickle.setInterval(1000);
        connect(&m_trickle, &QTimer::timeout, this, [this] {
            for (const QPointer<QTcpSocket> &s : std::as_const(m_slow)) {
                if (s && s->state() == QAbstractSocket::ConnectedState && m_trickled < TrickleAnswer.size())
                    s->write(TrickleAnswer.mid(m_trickled, 1));
            }
            ++m_trickled;
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(serverPort()); }
    qint64 bytesSent() const { return m_sent; }
    int connections() const { return m_connections; }
    int openConnections() const
    {
        int n = 0;
        for (const QTcpSocket *s : findChildren<QTcpSocket *>())
            n += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }

private:
    static inline const QByteArray TrickleAnswer =
        QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

    void serve(QTcpSocket *s)
    {
        ++m_connections;
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            s->readAll();
            if (s->property("answered").toBool())
                return;
            s->setProperty("answered", true);
            switch (m_mode) {
            case Mode::EndlessBody:
                send(s, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Welcome</p>");
                break;
            case Mode::EndlessHeaders:
            case Mode::EndlessStatus:
                send(s, m_mode == Mode::EndlessHeaders ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 200 ");
                break;
            case Mode::Trickle:
                m_slow << s;
                m_trickle.start();
                return;
            case Mode::RedirectForever:
                send(s, "HTTP/1.1 302 Found\r\nLocation: /r" + QByteArray::number(m_connections) +
                            "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
                return;
            }
            // Endless: whenever less than 256 KiB wait to be written, more follows.
            connect(s, &QTcpSocket::bytesWritten, s, [this, s] { topUp(s); });
            topUp(s);
        });
    }
    void send(QTcpSocket *s, const QByteArray &data) { m_sent += s->write(data); }
    void topUp(QTcpSocket *s)
    {
        static const QByteArray body(64 * 1024, 'x');
        static const QByteArray header = [] {
            QByteArray h;
            for (int i = 0; h.size() < 64 * 1024; ++i)
                h += "X-Padding-" + QByteArray::number(i) + ": " + QByteArray(100, 'y') + "\r\n";
            return h;
        }();
        while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 256 * 1024)
            send(s, m_mode == Mode::EndlessHeaders ? header : body);
    }

    Mode m_mode;
    qint64 m_sent = 0;
    int m_connections = 0;
    QList<QPointer<QTcpSocket>> m_slow;
    QTimer m_trickle;
    int m_trickled = 0;
};

QJsonObject reportOf(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QJsonObject storefrontOf(const QJsonObject &report, const char *phase)
{
    return report.value(QLatin1String("storefront")).toObject().value(QLatin1String(phase)).toObject();
}

QJsonObject stepOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QLatin1String("steps")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// The wizard from the store page to the review page.
bool walkToReview(MainWizard &w, const QString &root)
{
    w.openStore(root);
    if (!QTest::qWaitFor([&] { return w.storePage()->isComplete(); }, 10000))
        return false;
    w.next();
    if (!QTest::qWaitFor([&] { return w.readinessPage()->isComplete(); }, 20000))
        return false;
    w.next();
    w.next();
    return w.currentId() == MainWizard::ReviewPageId &&
           QTest::qWaitFor([&] { return w.reviewPage()->isComplete(); }, 20000);
}

// The line of text that contains needle (for "one sentence, one line" checks).
QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(needle))
            return line;
    }
    return QString();
}

} // namespace

class TestStorefront : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<PhpServer> m_server;
    int m_serial = 0;

    // A fresh store and server for each test; the server's mode file picks its behaviour.
    void freshStore(const QString &mode)
    {
        m_server.reset();
        const QString base = m_dir.path() + QStringLiteral("/%1").arg(++m_serial);
        QDir().mkpath(base);
        m_root = base + QStringLiteral("/store");
        QString error;
        QVERIFY2(DemoStore::create(m_root, QStringLiteral("2.4"), &error), qPrintable(error));
        m_server = std::make_unique<PhpServer>(m_root, base + QStringLiteral("/server"));
        m_server->setMode(mode);
        QVERIFY(m_server->waitUntilUp());
    }

    QString reportPath() const { return QFileInfo(m_root).path() + QStringLiteral("/report.json"); }

    ProgramResult upgrade(const QStringList &extra)
    {
        return runProgram(QStringList{QStringLiteral("upgrade"), m_root, QStringLiteral("--yes"),
                                      QStringLiteral("--report"), reportPath()} +
                          extra);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("php")).isEmpty(),
                 "php-cli is missing: run tools/setup.sh");
    }

    void cleanupTestCase() { m_server.reset(); }

    // The whole story: 200 before, 503 while maintenance is on, 200 after, and the webhook told.
    void wholeRunChecksBeforeDuringAfter()
    {
        freshStore(QStringLiteral("magento"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url(), QStringLiteral("--notify"),
                                         m_server->url(QStringLiteral("/hook"))});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        const QJsonObject storefront = report.value(QLatin1String("storefront")).toObject();
        QCOMPARE(storefront.value(QLatin1String("url")).toString(), m_server->url());
        QCOMPARE(storefrontOf(report, "before").value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(storefrontOf(report, "during").value(QLatin1String("status")).toInt(), 503);
        QCOMPARE(storefrontOf(report, "after").value(QLatin1String("status")).toInt(), 200);
        for (const char *phase : {"before", "during", "after"}) {
            const QJsonValue ttfb = storefrontOf(report, phase).value(QLatin1String("ttfbMs"));
            QVERIFY2(ttfb.isDouble() && ttfb.toDouble() >= 0 && ttfb.toDouble() < 5000, phase);
        }
        QCOMPARE(storefrontOf(report, "during").value(QLatin1String("firstLine")).toString(),
                 QStringLiteral("Error 503: Service Unavailable"));
        QVERIFY(storefront.value(QLatin1String("warnings")).toArray().isEmpty());
        QCOMPARE(stepOf(report, QStringLiteral("smoke-test")).value(QLatin1String("status")).toString(),
                 QStringLiteral("done"));
        QVERIFY(stepOf(report, QStringLiteral("maintenance-on"))
                    .value(QLatin1String("detail"))
                    .toString()
                    .contains(QLatin1String("503")));
        QVERIFY2(r.outText().contains(QLatin1String("before 200")) &&
                     r.outText().contains(QLatin1String("during maintenance 503")),
                 qPrintable(r.outText()));
        // Each look asks past any cache (a busy machine may make the look after slow enough to ask
        // again, which does not warn unless it stays slow).
        const QStringList gets = m_server->gets();
        QVERIFY2(gets.size() >= 3, qPrintable(gets.join(QLatin1Char('\n'))));
        for (const QString &g : gets)
            QVERIFY2(g.contains(QLatin1String("mua-check=")), qPrintable(g));
        QVERIFY(!maintenanceOn(m_root));

        // The webhook: one POST of JSON with Slack's and Teams' "text" and the structured fields.
        QCOMPARE(m_server->hooks(), 1);
        QCOMPARE(m_server->hookType(1), QByteArray("application/json"));
        const QJsonObject hook = m_server->hook(1);
        QCOMPARE(hook.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(hook.value(QLatin1String("store")).toString(),
                 report.value(QLatin1String("store")).toString());
        QVERIFY(hook.value(QLatin1String("failedStep")).isNull());
        QVERIFY(hook.value(QLatin1String("nextCommand")).isNull());
        QVERIFY(hook.value(QLatin1String("durationMs")).toDouble() >= 0);
        QCOMPARE(hook.value(QLatin1String("message")).toString(),
                 report.value(QLatin1String("message")).toString());
        QCOMPARE(hook.value(QLatin1String("storefront"))
                     .toObject()
                     .value(QLatin1String("during"))
                     .toObject()
                     .value(QLatin1String("status")),
                 QJsonValue(503));
        const QString text = hook.value(QLatin1String("text")).toString();
        QVERIFY2(text.contains(QLatin1String("succeeded")) && text.contains(m_root), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("during maintenance 503")), qPrintable(text));
        QVERIFY(!m_server->hookRaw(1).contains("demo-secret-password"));
        QVERIFY2(r.outText().contains(QLatin1String("Sent the summary to the webhook at http://127.0.0.1:")),
                 qPrintable(r.outText()));
    }

    // A storefront that keeps answering 200 while maintenance is on: maintenance did not take effect.
    void maintenanceThatDoesNotTakeEffectFails()
    {
        freshStore(QStringLiteral("ignore-flag"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url()});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(report.value(QLatin1String("failedStep")).toString(), QStringLiteral("maintenance-on"));
        QCOMPARE(storefrontOf(report, "before").value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(storefrontOf(report, "during").value(QLatin1String("status")).toInt(), 200);
        QVERIFY(storefrontOf(report, "after").isEmpty());
        const QString error =
            stepOf(report, QStringLiteral("maintenance-on")).value(QLatin1String("error")).toString();
        // The evidence: what answered, instead of what, and the page's first line.
        for (const char *needle : {"HTTP 200", "not 503", "first line: \"Home page\"", "var/.maintenance.ip"})
            QVERIFY2(error.contains(QLatin1String(needle)), qPrintable(error));
        QVERIFY2(r.errText().contains(QLatin1String("not 503")), qPrintable(r.errText()));
        // Nothing else had changed, so the shop is not left closed.
        QVERIFY(!maintenanceOn(m_root));
        QVERIFY2(error.contains(QLatin1String("Maintenance was turned off again")), qPrintable(error));
        // Nothing after maintenance-on ran.
        QCOMPARE(stepOf(report, QStringLiteral("setup-upgrade")).value(QLatin1String("status")).toString(),
                 QStringLiteral("pending"));
    }

    void errorPageWarns()
    {
        freshStore(QStringLiteral("error-after"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        const QJsonArray warnings =
            report.value(QLatin1String("storefront")).toObject().value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).toString().contains(
                     QLatin1String("There has been an error processing your request")),
                 qPrintable(warnings.at(0).toString()));
        QCOMPARE(storefrontOf(report, "after").value(QLatin1String("errorText")).toString(),
                 QStringLiteral("There has been an error processing your request"));
        QVERIFY(storefrontOf(report, "before").value(QLatin1String("errorText")).isNull());
        const QString warningLine = lineWith(r.outText(), QStringLiteral("shows error text"));
        QVERIFY2(warningLine.contains(QStringLiteral("⚠")), qPrintable(r.outText()));
        QVERIFY(stepOf(report, QStringLiteral("smoke-test"))
                    .value(QLatin1String("detail"))
                    .toString()
                    .contains(QLatin1String("1 warning")));
    }

    void slowerAfterWarns()
    {
        freshStore(QStringLiteral("slow-after"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        const qint64 before =
            qint64(storefrontOf(report, "before").value(QLatin1String("ttfbMs")).toDouble());
        const qint64 after = qint64(storefrontOf(report, "after").value(QLatin1String("ttfbMs")).toDouble());
        QVERIFY2(after >= 500 && after > 2 * before,
                 qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        const QJsonArray warnings =
            report.value(QLatin1String("storefront")).toObject().value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).toString().contains(QLatin1String("more than twice")),
                 qPrintable(warnings.at(0).toString()));
        // Asked again twice before warning: a cold cache is not a slow shop.
        // (Counted in the log: Qt may send a GET again by itself when a busy server drops a connection.)
        QCOMPARE(r.outText().count(QLatin1String("Storefront after the upgrade, again: GET")), 2);
        QVERIFY(m_server->gets().size() >= 5);
    }

    void redirectsAreFollowed()
    {
        freshStore(QStringLiteral("redirect"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        for (const char *phase : {"before", "after"}) {
            const QJsonObject s = storefrontOf(report, phase);
            QCOMPARE(s.value(QLatin1String("status")).toInt(), 200);
            QCOMPARE(s.value(QLatin1String("redirects")).toInt(), 3);
            QCOMPARE(s.value(QLatin1String("finalUrl")).toString(), m_server->url(QStringLiteral("/home")));
        }
        QCOMPARE(storefrontOf(report, "during").value(QLatin1String("status")).toInt(), 503);
    }

    // The store is open again but broken: the run fails with the evidence.
    void brokenAfterFailsTheRun()
    {
        freshStore(QStringLiteral("500-after"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url()});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        QCOMPARE(report.value(QLatin1String("failedStep")).toString(), QStringLiteral("smoke-test"));
        QCOMPARE(storefrontOf(report, "after").value(QLatin1String("status")).toInt(), 500);
        const QString error =
            stepOf(report, QStringLiteral("smoke-test")).value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("HTTP 500")) && error.contains(QLatin1String("not 200")) &&
                     error.contains(QLatin1String("first line: \"Error\"")),
                 qPrintable(error));
        QVERIFY(!maintenanceOn(m_root));
        QVERIFY2(report.value(QLatin1String("nextCommand"))
                     .toString()
                     .contains(QStringLiteral("--url ") + m_server->url()),
                 qPrintable(report.value(QLatin1String("nextCommand")).toString()));

        // Fixed, then resumed as the report says: only the check is left, the shop is not closed
        // again, and it compares with the first run's "before" (the shop answered 500 at the start).
        m_server->setMode(QStringLiteral("magento"));
        const QJsonObject firstBefore = storefrontOf(report, "before");
        QVERIFY(QFile::remove(m_server->state(QStringLiteral("seen-503"))));
        const ProgramResult resumed =
            upgrade({QStringLiteral("--url"), m_server->url(), QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        const QJsonObject again = reportOf(reportPath());
        QCOMPARE(storefrontOf(again, "before"), firstBefore);
        QCOMPARE(storefrontOf(again, "after").value(QLatin1String("status")).toInt(), 200);
        QVERIFY2(!QFile::exists(m_server->state(QStringLiteral("seen-503"))),
                 "the resumed run put the store into maintenance again");
        QVERIFY(!maintenanceOn(m_root));
    }

    // A storefront that is broken before the run: refused, nothing changed.
    void brokenBeforeIsRefused()
    {
        freshStore(QStringLiteral("500"));
        const QByteArray before = mua::test::treeChecksum(m_root + QStringLiteral("/generated"));
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url()});
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        const QJsonObject report = reportOf(reportPath());
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(storefrontOf(report, "before").value(QLatin1String("status")).toInt(), 500);
        QVERIFY2(report.value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("answered HTTP 500 before")),
                 qPrintable(report.value(QLatin1String("message")).toString()));
        QVERIFY(!maintenanceOn(m_root));
        QCOMPARE(mua::test::treeChecksum(m_root + QStringLiteral("/generated")), before);
    }

    // Nothing listens: one sentence that says so, the run refused, and the webhook still told.
    void connectionRefusedIsOneSentence()
    {
        freshStore(QStringLiteral("magento"));
        const quint16 closed = freePort();
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(closed);
        const ProgramResult r = upgrade({QStringLiteral("--url"), url, QStringLiteral("--notify"),
                                         m_server->url(QStringLiteral("/hook"))});
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        const QString line = lineWith(r.errText(), QStringLiteral("connection was refused"));
        QVERIFY2(line.contains(
                     QStringLiteral("%1: the connection was refused — nothing listens on 127.0.0.1 port %2")
                         .arg(url)
                         .arg(closed)),
                 qPrintable(r.errText()));
        QVERIFY(!maintenanceOn(m_root));
        const QJsonObject report = reportOf(reportPath());
        QVERIFY(storefrontOf(report, "before").value(QLatin1String("status")).isNull());
        QVERIFY(storefrontOf(report, "before")
                    .value(QLatin1String("problem"))
                    .toString()
                    .contains(QLatin1String("connection was refused")));
        QCOMPARE(m_server->hooks(), 1);
        const QJsonObject hook = m_server->hook(1);
        QCOMPARE(hook.value(QLatin1String("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(hook.value(QLatin1String("failedStep")).toString(), QStringLiteral("preflight"));
        QVERIFY(
            hook.value(QLatin1String("text")).toString().contains(QLatin1String("connection was refused")));
    }

    void badAddressesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown"); // how the error names the value
        for (const char *command : {"plan", "upgrade"}) {
            for (const char *value : {"ftp://shop.test/", "shop.test", "http://", "file:///etc/passwd"}) {
                QTest::addRow("%s --url %s", command, value)
                    << QString::fromLatin1(command) << QStringLiteral("--url") << QString::fromLatin1(value)
                    << QStringLiteral(" ") + QString::fromLatin1(value);
            }
            QTest::addRow("%s --url with a password", command)
                << QString::fromLatin1(command) << QStringLiteral("--url")
                << QStringLiteral("ftp://admin:hunter22@shop.test/")
                << QStringLiteral(" ftp://admin:********@shop.test/");
            // A webhook's address is its secret: not even a broken one is printed.
            QTest::addRow("%s --notify", command)
                << QString::fromLatin1(command) << QStringLiteral("--notify")
                << QStringLiteral("hooks.slack.com/services/T0/B0/hunter22") << QString();
        }
    }

    void badAddressesAreUsageErrors()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        QStringList args{command, root, option, value};
        if (command == QLatin1String("upgrade"))
            args << QStringLiteral("--yes");
        const ProgramResult r = runProgram(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = r.errText().trimmed();
        QVERIFY2(err.startsWith(option + shown + QStringLiteral(" is not an http:// or https:// address")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("hunter22")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY(!maintenanceOn(root));
    }

    void planShowsWhatWillBeChecked()
    {
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QString url = QStringLiteral("https://shop.test/");
        const ProgramResult text = runProgram({QStringLiteral("plan"), root, QStringLiteral("--url"), url});
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        const QString smoke = lineWith(text.outText(), QStringLiteral("smoke-test"));
        QVERIFY2(smoke.contains(QLatin1String("runs")) &&
                     smoke.contains(QStringLiteral("Checks that %1 answers 200 again").arg(url)),
                 qPrintable(text.outText()));
        QVERIFY2(lineWith(text.outText(), QStringLiteral("maintenance-on"))
                     .contains(QStringLiteral("checks that %1 answers 503").arg(url)),
                 qPrintable(text.outText()));
        QVERIFY2(lineWith(text.outText(), QStringLiteral(" preflight "))
                     .contains(QStringLiteral("checks that %1 answers 200").arg(url)),
                 qPrintable(text.outText()));

        const ProgramResult without = runProgram({QStringLiteral("plan"), root});
        QVERIFY(lineWith(without.outText(), QStringLiteral("smoke-test"))
                    .contains(QLatin1String("no --url given")));

        const ProgramResult json = runProgram(
            {QStringLiteral("plan"), root, QStringLiteral("--json"), QStringLiteral("--url"), url});
        bool found = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(json.out).object().value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(QLatin1String("id")).toString() == QLatin1String("smoke-test")) {
                found = true;
                QCOMPARE(s.value(QLatin1String("applies")).toBool(), true);
                QVERIFY(s.value(QLatin1String("summary")).toString().contains(url));
            }
        }
        QVERIFY(found);
    }

    // Webhooks that cannot be reached or refuse the message: a warning, the same exit code, and the
    // webhook's secret path nowhere.
    void unreachableWebhookOnlyWarns_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("needle");
        QTest::newRow("refused") << QString() << QStringLiteral("the connection was refused");
        QTest::newRow("404") << QStringLiteral("/hook-404")
                             << QStringLiteral("answered HTTP 404 (\"no_service\")");
    }

    void unreachableWebhookOnlyWarns()
    {
        QFETCH(QString, path);
        QFETCH(QString, needle);
        freshStore(QStringLiteral("magento"));
        const QString token = QStringLiteral("/T0000SECRET/B0000SECRET/abcdefSECRETtoken");
        const QString hook = path.isEmpty()
                                 ? QStringLiteral("http://127.0.0.1:%1/services%2").arg(freePort()).arg(token)
                                 : m_server->url(path + token);
        QElapsedTimer clock;
        clock.start();
        const ProgramResult r = upgrade({QStringLiteral("--notify"), hook});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(clock.elapsed() < 20000);
        const QString warning = lineWith(r.outText(), QStringLiteral("Could not notify"));
        QVERIFY2(warning.contains(QStringLiteral("⚠")) && warning.contains(needle) &&
                     warning.contains(QLatin1String("the webhook at http://127.0.0.1:")),
                 qPrintable(r.outText()));
        const QJsonObject report = reportOf(reportPath());
        QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QVERIFY(report.value(QLatin1String("storefront")).isNull());
        const QString log = QString::fromUtf8(readFile(report.value(QLatin1String("log")).toString()));
        QVERIFY(log.contains(QLatin1String("Could not notify")));
        for (const QString &where : {r.outText(), r.errText(), log})
            QVERIFY2(!where.contains(QLatin1String("SECRET")), qPrintable(where));
    }

    // A failed run's summary names the step and the next command, and carries no secret from env.php.
    void failedRunNotifiesWithoutSecrets()
    {
        freshStore(QStringLiteral("magento"));
        writeFile(
            m_root, QStringLiteral(".fake-magento/switches.json"),
            R"({"fail": {"setup:upgrade": "SQLSTATE[28000] Access denied for user magento using password demo-secret-password"}})");
        const ProgramResult r = upgrade({QStringLiteral("--url"), m_server->url(), QStringLiteral("--notify"),
                                         m_server->url(QStringLiteral("/hook"))});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QCOMPARE(m_server->hooks(), 1);
        QVERIFY(!m_server->hookRaw(1).contains("demo-secret-password"));
        const QJsonObject hook = m_server->hook(1);
        QCOMPARE(hook.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(hook.value(QLatin1String("failedStep")).toString(), QStringLiteral("setup-upgrade"));
        const QString next = hook.value(QLatin1String("nextCommand")).toString();
        QVERIFY2(next.contains(QLatin1String("--resume")) &&
                     next.contains(QStringLiteral("--url ") + m_server->url()),
                 qPrintable(next));
        const QString text = hook.value(QLatin1String("text")).toString();
        QVERIFY2(text.contains(QLatin1String("failed at setup-upgrade")) &&
                     text.contains(QStringLiteral("Next: ") + next),
                 qPrintable(text));
        QCOMPARE(hook.value(QLatin1String("storefront"))
                     .toObject()
                     .value(QLatin1String("during"))
                     .toObject()
                     .value(QLatin1String("status")),
                 QJsonValue(503));
        QVERIFY(hook.value(QLatin1String("storefront")).toObject().value(QLatin1String("after")).isNull());

        // Resumed once fixed: the check after compares with the first run's "before".
        QFile::remove(m_root + QStringLiteral("/.fake-magento/switches.json"));
        const QJsonObject firstBefore = storefrontOf(reportOf(reportPath()), "before");
        const ProgramResult resumed =
            upgrade({QStringLiteral("--url"), m_server->url(), QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        const QJsonObject report = reportOf(reportPath());
        QCOMPARE(storefrontOf(report, "before"), firstBefore);
        QCOMPARE(storefrontOf(report, "during").value(QLatin1String("status")).toInt(), 503);
        QCOMPARE(storefrontOf(report, "after").value(QLatin1String("status")).toInt(), 200);
    }

    // Cancelled runs notify too (through the engine, as the wizard runs it).
    // The issue: --notify URL is visible to every local user in ps for the whole run. The address can
    // come from a file only the user can read, or from MUA_NOTIFY_URL, and then it is nowhere in the
    // process's command line; the next command names the file, never the address.
    void notifyAddressStaysOutOfTheProcessList()
    {
        freshStore(QStringLiteral("magento"));
        writeFile(m_root, QStringLiteral(".fake-magento/switches.json"),
                  R"({"fail": {"setup:upgrade": ""}, "slow": {"setup:upgrade": 20}})");
        const QString secretHook = m_server->url(QStringLiteral("/hook/T0000/B1111/secret-token-42"));
        const QString file = QFileInfo(m_root).path() + QStringLiteral("/webhook.txt");
        QVERIFY(
            writeFile(QFileInfo(file).path(), QFileInfo(file).fileName(), "\n" + secretHook.toUtf8() + "\n"));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(mua::test::programPath(),
                  {QStringLiteral("upgrade"), m_root, QStringLiteral("--yes"), QStringLiteral("--report"),
                   reportPath(), QStringLiteral("--notify-file"), file});
        QVERIFY(run.waitForStarted());
        // What ps shows: /proc/PID/cmdline, read while the run is going (once the program is exec'd).
        QByteArray cmdline;
        QVERIFY(QTest::qWaitFor(
            [&] {
                cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(run.processId()));
                return cmdline.contains("--notify-file");
            },
            10000));
        QVERIFY(run.waitForFinished(60000));
        QVERIFY2(cmdline.contains(QFile::encodeName(file)), cmdline.constData());
        QVERIFY(!cmdline.contains("secret-token-42"));
        QCOMPARE(run.exitCode(), 1);
        QCOMPARE(m_server->hooks(), 1);
        QVERIFY(m_server->requests().contains("POST /hook/T0000/B1111/secret-token-42"));
        const QJsonObject report = reportOf(reportPath());
        const QString next = report.value(QLatin1String("nextCommand")).toString();
        QVERIFY2(next.endsWith(QStringLiteral(" --notify-file %1 --resume").arg(file)), qPrintable(next));
        QVERIFY(!readFile(reportPath()).contains("secret-token-42"));
        QVERIFY(!readFile(report.value(QLatin1String("log")).toString()).contains("secret-token-42"));

        // The environment variable.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MUA_NOTIFY_URL"), m_server->url(QStringLiteral("/hook/from-environment")));
        const ProgramResult fromEnv =
            mua::test::runProgram({QStringLiteral("upgrade"), m_root, QStringLiteral("--yes")}, 60000, env);
        QCOMPARE(fromEnv.exitCode, 1);
        QCOMPARE(m_server->hooks(), 2);
        QVERIFY(m_server->requests().contains("POST /hook/from-environment"));
    }

    // A webhook file others can read, a FIFO, an empty file or a missing one: a usage error that
    // names the file and what to do, before anything runs (and without waiting on the FIFO).
    void badNotifyFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("readable by others") << QStringLiteral("0644") << QStringLiteral("run chmod 600");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("is not a regular file");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("No such file");
        QTest::newRow("not an address")
            << QStringLiteral("garbage") << QStringLiteral("is not an http:// or https:// address");
    }
    void badNotifyFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString root = makeStore(dir);
        const QString file = dir.path() + QStringLiteral("/hook");
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        else if (kind != QLatin1String("missing"))
            QVERIFY(writeFile(dir.path(), QStringLiteral("hook"),
                              kind == QLatin1String("empty") ? QByteArray("\n\n")
                              : kind == QLatin1String("garbage")
                                  ? QByteArray("hooks.slack.com/secret-xyz\n")
                                  : QByteArray("https://hooks.example/secret-xyz\n")));
        if (kind != QLatin1String("fifo") && kind != QLatin1String("missing"))
            QVERIFY(QFile::setPermissions(file, kind == QLatin1String("0644")
                                                    ? QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                    : QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const ProgramResult r = runProgram(
            {QStringLiteral("upgrade"), root, QStringLiteral("--yes"), QStringLiteral("--notify-file"), file},
            20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(expected), qPrintable(describe(r)));
        QVERIFY2(kind == QLatin1String("garbage") || r.errText().contains(file), qPrintable(describe(r)));
        QVERIFY(!r.errText().contains(QLatin1String("secret-xyz")));
        QVERIFY(!maintenanceOn(root));
    }

    void cancelledRunNotifies()
    {
        freshStore(QStringLiteral("magento"));
        writeFile(m_root, QStringLiteral(".fake-magento/switches.json"), R"({"hang": ["setup:upgrade"]})");
        UpgradeController controller;
        bool hanging = false;
        int code = -1;
        RunRecord record;
        connect(&controller, &UpgradeController::stepStarted, this,
                [&](int, const QString &id) { hanging = hanging || id == QLatin1String("setup-upgrade"); });
        connect(&controller, &UpgradeController::finished, this, [&](const RunRecord &rec, int c) {
            record = rec;
            code = c;
        });
        UpgradeOptions options;
        options.graceMs = 1000;
        options.url = m_server->url();
        options.notifyUrl = m_server->url(QStringLiteral("/hook"));
        controller.start({m_root, options});
        QTRY_VERIFY_WITH_TIMEOUT(hanging, 30000);
        QTest::qWait(300);
        controller.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(code, 130, 15000);
        QCOMPARE(m_server->hooks(), 1);
        const QJsonObject hook = m_server->hook(1);
        QCOMPARE(hook.value(QLatin1String("result")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(hook.value(QLatin1String("failedStep")).toString(), QStringLiteral("setup-upgrade"));
        // The sentence names the step in the words of this process (its title; the command line's
        // would be its id); the payload's failedStep keeps the id.
        const StepRecord *stopped = record.step(QStringLiteral("setup-upgrade"));
        QVERIFY(stopped);
        QVERIFY(hook.value(QLatin1String("text"))
                    .toString()
                    .contains(QStringLiteral("cancelled during ") + stopped->title));
        QCOMPARE(record.storefront.during->status, 503);
    }

    // The sentences for what is not an HTTP answer.
    void timeoutIsOneSentence()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort());
        QElapsedTimer clock;
        clock.start();
        const HttpClient::Result r = HttpClient::get(QUrl(url), url, 700);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(r.timedOut);
        QVERIFY(!r.answered());
        QVERIFY2(r.failure.startsWith(url + QStringLiteral(": no answer within 0.7 s")),
                 qPrintable(r.failure));
    }

    // An endless 200 body (the issue: everything was buffered until std::bad_alloc): the client
    // reads what the check needs, hangs up and reports the answer.
    void endlessBodyIsReadOnlyAsFarAsNeeded()
    {
        HostileServer server(HostileServer::Mode::EndlessBody);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QElapsedTimer clock;
        clock.start();
        const HttpClient::Result r = HttpClient::get(QUrl(server.url()), server.url(), 20000);
        QVERIFY2(r.answered(), qPrintable(r.failure));
        QVERIFY(!r.timedOut);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("<html><body><p>Welcome</p>"));
        QVERIFY(r.body.size() <= HttpClient::MaxBodyBytes);
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000); // the client hung up
        QVERIFY2(server.bytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
    }

    // Header lines that never end, or a status line that never ends: refused after a bounded
    // amount, in one sentence, long before the time limit.
    void endlessHeadersAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("header lines") << int(HostileServer::Mode::EndlessHeaders);
        QTest::addRow("status line") << int(HostileServer::Mode::EndlessStatus);
    }
    void endlessHeadersAreRefused()
    {
        QFETCH(int, mode);
        HostileServer server{HostileServer::Mode(mode)};
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const HttpClient::Result r = HttpClient::get(QUrl(server.url()), server.url(), 20000);
        QVERIFY(!r.answered());
        QVERIFY2(!r.timedOut, qPrintable(r.failure));
        QVERIFY2(r.failure.startsWith(server.url() + QStringLiteral(": ")), qPrintable(r.failure));
        QVERIFY2(!r.failure.contains(QLatin1Char('\n')), qPrintable(r.failure));
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
        QVERIFY2(server.bytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
    }

    // One byte a second never resets the clock: the whole exchange has one time limit.
    void tricklingAnswerTimesOut()
    {
        HostileServer server(HostileServer::Mode::Trickle);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QElapsedTimer clock;
        clock.start();
        const HttpClient::Result r = HttpClient::get(QUrl(server.url()), server.url(), 2500);
        QVERIFY(r.timedOut);
        QVERIFY(!r.answered());
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(r.failure.startsWith(server.url() + QStringLiteral(": no answer within 2.5 s")),
                 qPrintable(r.failure));
    }

    // A redirect to a new address every time: followed at most MaxRedirects times.
    void endlessRedirectsStop()
    {
        HostileServer server(HostileServer::Mode::RedirectForever);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const HttpClient::Result r = HttpClient::get(QUrl(server.url()), server.url(), 20000);
        QVERIFY(!r.answered());
        QVERIFY2(r.failure.startsWith(server.url() + QStringLiteral(": more than 5 redirects")),
                 qPrintable(r.failure));
        QVERIFY(server.connections() <= HttpClient::MaxRedirects + 1);
    }

    void unknownHostIsOneSentence()
    {
        const QString url = QStringLiteral("http://no-such-store.invalid/");
        const HttpClient::Result r = HttpClient::get(QUrl(url), url, 10000);
        QVERIFY(!r.answered());
        QVERIFY2(r.failure.startsWith(
                     url + QStringLiteral(": the host name no-such-store.invalid was not found (DNS)")),
                 qPrintable(r.failure));
    }

    void selfSignedCertificateIsOneSentence()
    {
        QFile certFile(mua::test::sourceDir() + QStringLiteral("/support/tls/selfsigned.crt"));
        QFile keyFile(mua::test::sourceDir() + QStringLiteral("/support/tls/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort());
        const HttpClient::Result r = HttpClient::get(QUrl(url), url, 10000);
        QVERIFY(!r.answered());
        QVERIFY2(r.failure.startsWith(
                     url + QStringLiteral(": the TLS certificate is not trusted (self-signed) — ")),
                 qPrintable(r.failure));
    }

    // https with a certificate this computer trusts: the answer is read (the same bounded parser as
    // plain http, on a TLS socket).
    void trustedHttpsIsRead()
    {
        QFile certFile(mua::test::sourceDir() + QStringLiteral("/support/tls/selfsigned.crt"));
        QFile keyFile(mua::test::sourceDir() + QStringLiteral("/support/tls/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    if (s->readAll().contains("\r\n\r\n")) {
                        s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "6\r\n<html>\r\n9\r\nWelcome\r\n\r\n0\r\n\r\n");
                        s->disconnectFromHost();
                    }
                });
            }
        });
        // Trusted for this test only, as if it were in the system's store.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(cert);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const QString url = QStringLiteral("https://localhost:%1/").arg(server.serverPort());
        const HttpClient::Result r = HttpClient::get(QUrl(url), url, 10000);
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(r.answered(), qPrintable(r.failure));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("<html>Welcome\r\n"));
    }

    void redirectLoopIsOneSentence()
    {
        freshStore(QStringLiteral("loop"));
        const QString url = m_server->url(QStringLiteral("/a"));
        const HttpClient::Result r = HttpClient::get(QUrl(url), url, 10000);
        QVERIFY(!r.answered());
        QVERIFY2(r.failure.startsWith(url + QStringLiteral(": more than 5 redirects")),
                 qPrintable(r.failure));
    }

    void errorTextIsFound_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("found");
        QTest::newRow("magento report")
            << QByteArray("<html><body><div id=\"page\"><h1>There has been an error "
                          "processing your request</h1><p>Error log record number: 12ab</p>")
            << QStringLiteral("There has been an error processing your request");
        QTest::newRow("php html fatal")
            << QByteArray("<br />\n<b>Fatal error</b>:  Uncaught Error: Class \"Foo\" not found in "
                          "<b>/var/www/app.php</b>:12")
            << QStringLiteral("Fatal error: Uncaught Error: Class \"Foo\" not found in /var/www/app.php:12");
        QTest::newRow("php warning")
            << QByteArray("<p>Warning: Undefined variable $x in /var/www/a.php on line 3</p>")
            << QStringLiteral("Warning: Undefined variable $x in /var/www/a.php on line 3");
        QTest::newRow("bootstrap")
            << QByteArray("An error has happened during application run. See exception log "
                          "for details.")
            << QStringLiteral("An error has happened during application run. See exception log for details.");
        QTest::newRow("in a script only")
            << QByteArray("<script>var s = 'Fatal error: none';</script><p>Shop</p>") << QString();
        QTest::newRow("fine") << QByteArray("<title>Home</title><p>Warning: prices include VAT.</p>")
                              << QString();
    }

    void errorTextIsFound()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, found);
        QCOMPARE(SmokeTestStep::findErrorText(body), found);
    }

    // The wizard: the field on the review page (named, labelled, in the tab order, checked as typed),
    // the plan that shows what will be checked, the run, the finish page, and the address remembered.
    void wizardChecksTheStorefront()
    {
        freshStore(QStringLiteral("magento"));
        Messages::setAnswerer([](const QString &) { return QMessageBox::Yes; });
        {
            MainWizard w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(walkToReview(w, m_root));
            ReviewPage *page = w.reviewPage();
            auto *url = child<QLineEdit>(page, "urlEdit");
            auto *target = child<QComboBox>(page, "targetCombo"); // its field has the focus through it
            auto *hint = child<QLabel>(page, "urlHintLabel");
            QCOMPARE(url->accessibleName(), QStringLiteral("Storefront address"));
            QCOMPARE(child<QLabel>(page, "urlLabel")->buddy(), url);
            QVERIFY(url->text().isEmpty());
            QVERIFY(!hint->isVisible());
            QVERIFY(QTest::qWaitForWindowActive(&w));
            target->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), target);
            QTest::keyClick(target, Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget(), url);

            QTest::keyClicks(url, QStringLiteral("shop.test"));
            QVERIFY(!page->isComplete());
            QVERIFY(hint->isVisible());
            QVERIFY2(hint->text().contains(QLatin1String("is not an http:// or https:// address")),
                     qPrintable(hint->text()));
            QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());

            url->clear();
            QTest::keyClicks(url, m_server->url());
            QVERIFY(!hint->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(page->isComplete() && w.button(QWizard::CommitButton)->isEnabled(),
                                     20000);
            auto *steps = child<QTreeWidget>(page, "stepsTree");
            const QList<QTreeWidgetItem *> smoke =
                steps->findItems(QStringLiteral("Check the storefront"), Qt::MatchExactly);
            QCOMPARE(smoke.size(), 1);
            QCOMPARE(smoke.first()->data(0, Qt::AccessibleTextRole).toString(),
                     QStringLiteral("Check the storefront, will run"));
            QVERIFY2(smoke.first()->text(1).contains(
                         QStringLiteral("Checks that %1 answers 200 again").arg(m_server->url())),
                     qPrintable(smoke.first()->text(1)));

            w.next(); // Upgrade
            QCOMPARE(w.currentId(), int(MainWizard::UpgradePageId));
            QTRY_VERIFY_WITH_TIMEOUT(w.upgradePage()->isFinished(), 60000);
            QCOMPARE(w.lastExitCode(), 0);
            QCOMPARE(w.lastRecord().storefront.during->status, 503);
            const LogView *log = w.upgradePage()->logPane()->view();
            bool logged = false;
            for (int i = 0; i < log->lineCount() && !logged; ++i)
                logged = log->plainText(i).contains(QLatin1String("answers 503 during maintenance"));
            QVERIFY(logged);
            w.next();
            const QString shown = labelsText(w.finishPage());
            QVERIFY2(shown.contains(QStringLiteral("Storefront")) &&
                         shown.contains(QLatin1String("during maintenance 503")),
                     qPrintable(shown));
        }
        // Remembered with the store.
        MainWizard again;
        again.show();
        QVERIFY(walkToReview(again, m_root));
        QCOMPARE(child<QLineEdit>(again.reviewPage(), "urlEdit")->text(), m_server->url());
        Messages::setAnswerer(nullptr);
    }

    void payloadForSlackAndTeams()
    {
        RunRecord r;
        r.store = QStringLiteral("/var/www/shop");
        r.result = RunResult::Failed;
        r.failedStep = QStringLiteral("setup-upgrade");
        r.startedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        r.finishedAt = r.startedAt.addSecs(192);
        r.message =
            QStringLiteral("setup-upgrade failed: php bin/magento setup:upgrade failed with exit code 1.");
        r.nextCommand = QStringLiteral("magento-upgrade-assistant upgrade /var/www/shop --yes --resume");
        const QJsonObject p = Notifier::payload(r);
        QCOMPARE(p.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(p.value(QLatin1String("failedStep")).toString(), QStringLiteral("setup-upgrade"));
        QCOMPARE(p.value(QLatin1String("durationMs")).toInteger(), 192000);
        QCOMPARE(p.value(QLatin1String("store")).toString(), r.store);
        QCOMPARE(p.value(QLatin1String("nextCommand")).toString(), r.nextCommand);
        QVERIFY(p.value(QLatin1String("storefront")).isNull());
        const QString text = p.value(QLatin1String("text")).toString();
        QVERIFY2(
            text.startsWith(QStringLiteral("❌ Magento upgrade failed at setup-upgrade: /var/www/shop on ")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("after 3 min 12 s")), qPrintable(text));
        QVERIFY2(text.contains(r.message) && text.endsWith(QStringLiteral("Next: ") + r.nextCommand),
                 qPrintable(text));
        QCOMPARE(p.value(QLatin1String("summary")).toString(), text.section(QLatin1Char('\n'), 0, 0));
        QVERIFY(!p.contains(QLatin1String("attachments")));

        // Slack: & < > escaped, as its "text" wants them.
        r.message = QStringLiteral("a <b> & c");
        const QJsonObject slack =
            Notifier::payload(r, QUrl(QStringLiteral("https://hooks.slack.com/services/T/B/x")));
        QVERIFY2(slack.value(QLatin1String("text")).toString().contains(QLatin1String("a &lt;b&gt; &amp; c")),
                 qPrintable(slack.value(QLatin1String("text")).toString()));
        QCOMPARE(slack.value(QLatin1String("message")).toString(), r.message);

        // Teams Workflows: an Adaptive Card with a text block a line, the first in bold.
        const QJsonObject teams = Notifier::payload(
            r, QUrl(QStringLiteral(
                   "https://prod-01.westeurope.logic.azure.com:443/workflows/abc/triggers/manual")));
        QCOMPARE(teams.value(QLatin1String("type")).toString(), QStringLiteral("message"));
        const QJsonObject attachment = teams.value(QLatin1String("attachments")).toArray().at(0).toObject();
        QCOMPARE(attachment.value(QLatin1String("contentType")).toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        const QJsonObject card = attachment.value(QLatin1String("content")).toObject();
        QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("AdaptiveCard"));
        const QJsonArray blocks = card.value(QLatin1String("body")).toArray();
        const QStringList lines = Notifier::text(r).split(QLatin1Char('\n'));
        QCOMPARE(blocks.size(), lines.size());
        QCOMPARE(blocks.at(0).toObject().value(QLatin1String("text")).toString(), lines.at(0));
        QCOMPARE(blocks.at(0).toObject().value(QLatin1String("weight")).toString(), QStringLiteral("Bolder"));
        QCOMPARE(blocks.at(1).toObject().value(QLatin1String("text")).toString(), r.message);
    }
};

QTEST_MAIN(TestStorefront)
#include "tst_storefront.moc"
