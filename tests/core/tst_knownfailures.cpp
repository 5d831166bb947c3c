// KnownFailures: Magento's, Composer's and ssh's known failure messages, found in a failed command's
// output, and the advice each gets; output that only looks like one of them gets none. The advice
// names what it found in the output (the host, the port, the module), so the checks below look for
// those and for the fix's key word, not for whole sentences.
#include "cli/cliwording.h"
#include "core/model/wording.h"
#include "core/run/knownfailures.h"
#include "tests/support/unitsupport.h"

#include <QtTest>

using namespace mua;
using mua::test::WordingScope;

namespace {

QStringList lines(std::initializer_list<const char *> text)
{
    QStringList out;
    for (const char *line : text)
        out << QString::fromUtf8(line);
    return out;
}

} // namespace

class TestKnownFailures : public QObject
{
    Q_OBJECT

private slots:
    void advice_data()
    {
        QTest::addColumn<QStringList>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected"); // every piece is in the advice; none: no advice

        auto row = [](const char *tag, const QStringList &output, int exitCode, const QStringList &expected) {
            QTest::addRow("%s", tag) << output << exitCode << expected;
        };
        // Magento's own failures (magento-facts §5), as setup:upgrade and friends print them.
        row("memory",
            lines(
                {"PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate "
                 "20480 "
                 "bytes) in /srv/shop/vendor/magento/framework/ObjectManager/Factory/AbstractFactory.php on "
                 "line 123"}),
            255, {QStringLiteral("out of memory"), QStringLiteral("memory_limit=2G")});
        row("memory, the exit code not known yet",
            lines({"Allowed memory size of 536870912 bytes exhausted"}), 0,
            {QStringLiteral("out of memory")});
        row("fatal error without text", lines({"Loading modules"}), 255, {QStringLiteral("fatal error")});
        row("area code, the module before it",
            lines({"Module 'Magento_Store':", "Module 'Acme_Shipping':", "Area code is not set",
                   "Module 'Magento_Catalog':"}),
            1, {QStringLiteral("Acme_Shipping"), QStringLiteral("module:disable Acme_Shipping")});
        row("area code, no module named",
            lines({"  [Magento\\Framework\\Exception\\LocalizedException]", "  Area code is not set"}), 1,
            {QStringLiteral("named just before the error")});
        row("no setup commands", lines({"There are no commands defined in the \"setup\" namespace."}), 1,
            {QStringLiteral("stale generated code"), QStringLiteral("-vvv")});
        row("a class that does not exist",
            lines({"Class Magento\\Framework\\App\\Http\\Interceptor does not exist"}), 1,
            {QStringLiteral("stale generated code")});
        row("database behind the code",
            lines({"The following modules are outdated:",
                   "Please upgrade your database: Run \"bin/magento "
                   "setup:upgrade\" from the Magento root directory."}),
            1, {QStringLiteral("setup:upgrade has to run")});
        row("regenerated during the cleanup",
            lines({"rmdir(/srv/shop/generated/code/Magento/Catalog): Directory not empty"}), 1,
            {QStringLiteral("maintenance mode")});
        row("session files of another user",
            lines({"Warning: SessionHandler::read(): open(/srv/shop/var/session/sess_x, O_RDWR) failed: "
                   "Permission denied (13)"}),
            1, {QStringLiteral("chmod 770 var/session")});
        row("composer",
            lines({"Your requirements could not be resolved to an installable set of packages.", "",
                   "  Problem 1", "    - Root composer.json requires acme/module ^1.0"}),
            2, {QStringLiteral("composer.json")});
        row("elasticsearch",
            lines({"Could not validate a connection to Elasticsearch. No alive nodes found in your cluster"}),
            1, {QStringLiteral("search engine")});
        row("opensearch",
            lines(
                {"Could not validate a connection to the OpenSearch. No alive nodes found in your cluster"}),
            1, {QStringLiteral("OpenSearch")});
        row("case does not matter", lines({"AREA CODE IS NOT SET"}), 1, {QStringLiteral("area code")});

        // The ssh runner's own sentence comes first, whatever else the output says.
        row("mua-ssh line",
            lines({"Allowed memory size of 1 bytes exhausted",
                   "mua-ssh: The local mount of the store is gone."}),
            255, {QStringLiteral("The local mount of the store is gone.")});
        // OpenSSH, by the shapes of its lines (more in tst_sshrunner).
        row("host key changed, port in brackets",
            lines({"@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @",
                   "Host key for [shop.example.com]:2222 has changed and you have requested strict checking.",
                   "Host key verification failed."}),
            255, {QStringLiteral("ssh -p 2222 shop.example.com")});
        row("host key, no host named", lines({"Host key verification failed."}), 255,
            {QStringLiteral("connect once by hand")});
        row("refused before login", lines({"kex_exchange_identification: read: Connection reset by peer"}),
            255, {QStringLiteral("before login")});
        row("connection lost", lines({"client_loop: send disconnect: Broken pipe"}), 255,
            {QStringLiteral("may still be running on the server")});
        row("closed by the server", lines({"Connection to shop.example.com closed by remote host."}), 255,
            {QStringLiteral("may still be running on the server")});
        row("ssh before PHP's memory",
            lines({"Allowed memory size of 1 bytes exhausted",
                   "ssh: connect to host 10.1.2.3 port 2200: No route to host"}),
            255, {QStringLiteral("10.1.2.3"), QStringLiteral("2200"), QStringLiteral("No route to host")});

        // What only looks like a known failure.
        row("nothing", QStringList(), 0, {});
        row("a plain failure", lines({"Something went wrong."}), 1, {});
        row("php's database connection refused", lines({"SQLSTATE[HY000] [2002] Connection refused"}), 1, {});
        row("ssh's words in the middle of a line",
            lines({"PHP says: ssh: connect to host db port 3306: Connection refused"}), 1, {});
        row("permission denied outside sessions", lines({"fopen(var/log/x.log): Permission denied"}), 1, {});
        row("a class that exists", lines({"Class Magento\\Store loaded"}), 1, {});
        row("not empty without rmdir", lines({"Directory not empty"}), 1, {});
        row("search engine without a connection", lines({"Reindexing the search engine"}), 0, {});
    }

    void advice()
    {
        QFETCH(QStringList, output);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const QString advice = KnownFailures::adviceFor(output, exitCode);
        if (expected.isEmpty()) {
            QVERIFY2(advice.isEmpty(), qPrintable(advice));
            return;
        }
        for (const QString &piece : std::as_const(expected))
            QVERIFY2(advice.contains(piece, Qt::CaseInsensitive),
                     qPrintable(piece + QLatin1String(" in: ") + advice));
    }

    // Each failure gets its own advice: no two known failures are told the same thing by accident.
    void distinctAdvice()
    {
        const QList<QStringList> failures{
            lines({"Allowed memory size of 1 bytes exhausted"}),
            lines({"Area code is not set"}),
            lines({"There are no commands defined in the \"setup\" namespace."}),
            lines({"Please upgrade your database"}),
            lines({"rmdir(x): Directory not empty"}),
            lines({"SessionHandler::read(): Permission denied"}),
            lines({"Your requirements could not be resolved to an installable set of packages."}),
            lines({"Could not validate a connection to Elasticsearch."}),
        };
        QStringList seen;
        for (const QStringList &output : failures) {
            const QString advice = KnownFailures::adviceFor(output, 1);
            QVERIFY2(!advice.isEmpty(), qPrintable(output.join(QLatin1Char('\n'))));
            QVERIFY2(!seen.contains(advice), qPrintable(advice));
            seen << advice;
        }
    }

    // The window has no option to name and shows no exit code; the command line names --php and the
    // exit code 255.
    void wordedForTheReader()
    {
        const QStringList memory = lines({"Allowed memory size of 1 bytes exhausted"});
        const QStringList fatal = lines({"Loading modules"});
        QString windowMemory;
        QString windowFatal;
        {
            const WordingScope window(nullptr);
            windowMemory = KnownFailures::adviceFor(memory, 255);
            windowFatal = KnownFailures::adviceFor(fatal, 255);
        }
        const WordingScope cli(&CliWording::instance());
        const QString cliMemory = KnownFailures::adviceFor(memory, 255);
        const QString cliFatal = KnownFailures::adviceFor(fatal, 255);

        QVERIFY2(cliMemory.contains(CliWording::option(Setting::Php)), qPrintable(cliMemory));
        QVERIFY2(!windowMemory.contains(QLatin1String("--")), qPrintable(windowMemory));
        QVERIFY2(windowMemory.contains(Wording().setting(Setting::Php)), qPrintable(windowMemory));
        QVERIFY2(cliFatal.contains(QLatin1String("255")), qPrintable(cliFatal));
        QVERIFY2(!windowFatal.contains(QLatin1String("255")), qPrintable(windowFatal));
    }

    // The host name SSH could not resolve, with the setting that names it in the reader's words.
    void unresolvedHostNamesTheSetting()
    {
        const QStringList output =
            lines({"ssh: Could not resolve hostname shop.invalid: Name or service not known"});
        const QString window = KnownFailures::adviceFor(output, 255);
        QVERIFY2(window.contains(QLatin1String("shop.invalid")), qPrintable(window));
        QVERIFY2(window.contains(Wording().setting(Setting::SshHost)), qPrintable(window));
        const WordingScope cli(&CliWording::instance());
        const QString line = KnownFailures::adviceFor(output, 255);
        QVERIFY2(line.contains(CliWording::option(Setting::SshHost)), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestKnownFailures)
#include "tst_knownfailures.moc"
