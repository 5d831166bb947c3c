// The live log pane under a flood: lines from a worker thread through a real queued signal, in chunks,
// with the engine's back-pressure (at most two chunks in flight, acknowledged after appending), against
// a naive pane (QPlainTextEdit::appendPlainText once per line) fed by the same producer. Each pane runs in
// its own process, so peak memory is its own. Prints lines/s, the longest GUI event-loop stall (a 1 ms
// watchdog timer), peak RSS, the ratios and whether the goals are met; and what each thread cost in CPU
// time per line, and a frame in CPU time, which do not depend on what else the machine is running.
//
//   bench_logview [LINES [NAIVE_LINES [ROUNDS]]] [--wrap]
//                                                  (default 1000000, 100000 and 5: our pane runs ROUNDS
//                                                  times and the median counts; the window is
//                                                  shown: QT_QPA_PLATFORM=offscreen, or under xvfb-run;
//                                                  --wrap: our pane wraps long lines)
#include "core/model/logline.h"
#include "ui/log/logpane.h"
#include "ui/log/logview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace mua;

namespace {

constexpr int ChunkLines = 4096;     // as the engine's worker
constexpr int MaxChunksInFlight = 2; // as the engine's worker

// Goals for our pane (issue 17), all in the same run.
constexpr double GoalRatio = 500;  // lines/s against the naive pane
constexpr double GoalStallMs = 8;  // the longest event-loop stall, median of the rounds
constexpr double GoalPeakMiB = 64; // peak RSS of the whole process

// CPU time of the calling thread: what a thread cost, whatever else the machine was running.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void appendNumber(QString &s, qint64 n)
{
    char16_t digits[24];
    int i = 24;
    do {
        digits[--i] = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    s.append(reinterpret_cast<const QChar *>(digits + i), 24 - i);
}

// What `composer` and `bin/magento` print, more or less: colours, stderr, the assistant's own lines,
// and every tenth line a `\r` progress redraw of the one before.
LogLine makeLine(qint64 i, QString &scratch)
{
    static const qint64 start = QDateTime::currentMSecsSinceEpoch();
    LogLine line;
    line.msecsSinceEpoch = start + i / 1000;
    line.stepId = QStringLiteral("upgrade");
    line.stream = LogStream::Stdout;
    scratch.resize(0);
    switch (i % 10) {
    case 0:
        scratch += QLatin1String("Module 'Magento_Catalog': upgrading schema (patch ");
        appendNumber(scratch, i);
        scratch += QLatin1String(" of 1000000)");
        break;
    case 1:
        scratch += QLatin1String("\033[32m  - Installing\033[39m magento/module-catalog-");
        appendNumber(scratch, i);
        scratch += QLatin1String(" (\033[33m103.0.");
        appendNumber(scratch, i % 97);
        scratch += QLatin1String("\033[39m): Extracting archive");
        break;
    case 2:
        scratch += QLatin1String("\033[1mCompiling\033[0m interceptors for Magento\\Catalog\\Model\\Product");
        appendNumber(scratch, i);
        break;
    case 3:
        scratch += QLatin1String("Deploying static files: frontend/Magento/luma/en_US/js/bundle-");
        appendNumber(scratch, i);
        scratch += QLatin1String(".js");
        break;
    case 4:
        line.stream = LogStream::Info;
        scratch += QLatin1String("Running bin/magento setup:static-content:deploy (line ");
        appendNumber(scratch, i);
        scratch += QLatin1Char(')');
        break;
    case 5:
        scratch += QLatin1String("\033[36mINFO\033[0m  Cache type config_");
        appendNumber(scratch, i);
        scratch += QLatin1String(" flushed");
        break;
    case 6:
        line.stream = LogStream::Warning;
        scratch += QLatin1String("\033[33mWarning:\033[0m deprecated option in app/etc/config_");
        appendNumber(scratch, i);
        scratch += QLatin1String(".php");
        break;
    case 7:
        scratch += QLatin1String("Processing indexer catalog_product_price batch ");
        appendNumber(scratch, i);
        scratch += QLatin1String(" ........ \033[32m[OK]\033[0m");
        break;
    case 8:
        line.stream = LogStream::Stderr;
        scratch += QLatin1String("Downloading magento/product-community-edition ");
        appendNumber(scratch, i);
        break;
    default:
        line.stream = LogStream::Stderr;
        scratch += QLatin1String("\r ");
        appendNumber(scratch, i % 100);
        scratch += QLatin1String("% [===>   ]\r ");
        appendNumber(scratch, i % 100 + 1);
        scratch += QLatin1String("% [====>  ]");
        break;
    }
    line.text = QString(scratch.constData(), scratch.size()); // one exact allocation, like a decoded read
    return line; // the worker thread frees it, as the engine's worker frees what it read
}

// Lives on its own thread; emits chunks, never more than MaxChunksInFlight unacknowledged.
class Producer : public QObject
{
    Q_OBJECT

public:
    explicit Producer(qint64 lines)
        : m_lines(lines)
    {}

    void run()
    {
        QString scratch;
        scratch.reserve(256);
        for (qint64 first = 0; first < m_lines; first += ChunkLines) {
            LogChunk chunk; // as the engine's worker fills one
            const qint64 count = std::min<qint64>(ChunkLines, m_lines - first);
            chunk.reserve(count, 64 * 1024);
            for (qint64 i = first; i < first + count; ++i)
                chunk.append(makeLine(i, scratch));
            m_slots.acquire(); // back-pressure
            emit produced(chunk);
        }
        cpuNs = threadCpuNs();
    }
    void acknowledge() { m_slots.release(); } // any thread
    qint64 cpuNs = 0;                         // read after the thread finished

signals:
    void produced(const mua::LogChunk &chunk);

private:
    const qint64 m_lines;
    QSemaphore m_slots{MaxChunksInFlight};
};

// The top-level window, timing every repaint and flush of itself (one per frame at most).
class TimedWindow : public QWidget
{
public:
    int frames = 0;
    qint64 frameNs = 0;    // CPU time of this thread
    qint64 maxFrameNs = 0; // wall time: what the eye sees

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::UpdateRequest)
            return QWidget::event(event);
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = threadCpuNs();
        const bool result = QWidget::event(event);
        const qint64 ns = timer.nsecsElapsed();
        ++frames;
        frameNs += threadCpuNs() - cpu;
        maxFrameNs = std::max(maxFrameNs, ns);
        return result;
    }
};

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void wait(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

// One pane, one flood; prints "RESULT lines msecs stallUs rssKiB frames shownLines frameAvgUs frameMaxUs
// longStalls".
int runOne(bool naive, qint64 lines, bool wrap)
{
    qRegisterMetaType<mua::LogChunk>();
    TimedWindow window;
    window.setWindowTitle(naive ? QStringLiteral("naive") : QStringLiteral("ours"));
    auto *layout = new QVBoxLayout(&window);
    LogPane *pane = nullptr;
    QPlainTextEdit *edit = nullptr;
    if (naive) {
        edit = new QPlainTextEdit(&window);
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(edit);
    } else {
        pane = new LogPane(&window);
        pane->view()->setWrapLines(wrap);
        layout->addWidget(pane);
    }
    window.resize(1000, 700);
    window.show();
    wait(300);
    window.frames = 0;
    window.frameNs = window.maxFrameNs = 0;

    QThread thread;
    Producer producer(lines);
    producer.moveToThread(&thread);

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxGapNs = 0;
    int longGaps = 0; // over the goal
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGapNs = std::max(maxGapNs, now - lastTick);
        if (now - lastTick > qint64(GoalStallMs * 1e6))
            ++longGaps;
        lastTick = now;
    });

    qint64 received = 0;
    qint64 doneNs = 0;
    qint64 guiCpuNs = 0;
    QObject::connect(
        &producer, &Producer::produced, &window,
        [&](const LogChunk &chunk) {
            if (naive) {
                for (const LogLineView line : chunk)
                    edit->appendPlainText(line.text.toString());
            } else {
                pane->view()->appendChunk(chunk);
            }
            producer.acknowledge();
            received += chunk.size();
            if (received >= lines) {
                doneNs = clock.nsecsElapsed();
                guiCpuNs += threadCpuNs();
                QTimer::singleShot(100, qApp, &QCoreApplication::quit); // the last frames, still watched
            }
        },
        Qt::QueuedConnection);
    QObject::connect(&thread, &QThread::started, &producer, &Producer::run);

    clock.start();
    guiCpuNs = -threadCpuNs();
    watchdog.start();
    thread.start();
    QApplication::exec();
    watchdog.stop();
    thread.quit();
    thread.wait();

    const int shown = naive ? edit->blockCount() : pane->view()->lineCount();
    std::printf("PLATFORM %s\n", qPrintable(QGuiApplication::platformName()));
    std::printf("RESULT %lld %.3f %lld %lld %d %d %lld %lld %d %lld %lld\n", static_cast<long long>(lines),
                double(doneNs) / 1e6, static_cast<long long>(maxGapNs / 1000),
                static_cast<long long>(peakRssKiB()), window.frames, shown,
                static_cast<long long>(window.frameNs / 1000 / std::max(1, window.frames)),
                static_cast<long long>(window.maxFrameNs / 1000), longGaps,
                static_cast<long long>(guiCpuNs / 1000), static_cast<long long>(producer.cpuNs / 1000));
    std::fflush(stdout);
    return 0;
}

struct Result
{
    bool ok = false;
    qint64 lines = 0;
    double msecs = 0;
    double stallMs = 0;
    double rssMiB = 0;
    int frames = 0;
    int shown = 0;
    double frameAvgMs = 0;
    double frameMaxMs = 0;
    int longStalls = 0;
    double guiCpuMs = 0;
    double producerCpuMs = 0;
    QString platform;
    double linesPerSecond() const { return msecs > 0 ? lines * 1000.0 / msecs : 0; }
};

Result runChild(const QString &mode, qint64 lines, bool wrap = false)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--run"), mode, QString::number(lines)};
    if (wrap)
        arguments << QStringLiteral("--wrap");
    child.start(QCoreApplication::applicationFilePath(), arguments);
    Result r;
    if (!child.waitForFinished(110000)) {
        child.kill();
        child.waitForFinished();
        std::fprintf(stderr, "%s: did not finish in time\n", qPrintable(mode));
        return r;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) == "PLATFORM")
            r.platform = QString::fromUtf8(f.value(1));
        if (f.value(0) != "RESULT" || f.size() < 12)
            continue;
        r.ok = true;
        r.lines = f[1].toLongLong();
        r.msecs = f[2].toDouble();
        r.stallMs = f[3].toDouble() / 1000.0;
        r.rssMiB = f[4].toDouble() / 1024.0;
        r.frames = f[5].toInt();
        r.shown = f[6].toInt();
        r.frameAvgMs = f[7].toDouble() / 1000.0;
        r.frameMaxMs = f[8].toDouble() / 1000.0;
        r.longStalls = f[9].toInt();
        r.guiCpuMs = f[10].toDouble() / 1000.0;
        r.producerCpuMs = f[11].toDouble() / 1000.0;
    }
    return r;
}

const char *verdict(bool ok)
{
    return ok ? "met" : "MISSED";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--run") == 0) {
        QApplication app(argc, argv);
        return runOne(qstrcmp(argv[2], "naive") == 0, QByteArray(argv[3]).toLongLong(),
                      argc > 4 && qstrcmp(argv[4], "--wrap") == 0);
    }
    QCoreApplication app(argc, argv);
    QStringList numbers = app.arguments().mid(1);
    const bool wrap = numbers.removeAll(QStringLiteral("--wrap")) > 0;
    const qint64 lines = numbers.size() > 0 ? numbers.at(0).toLongLong() : 1000000;
    const qint64 naiveLines = numbers.size() > 1 ? numbers.at(1).toLongLong() : 100000;
    const int rounds = numbers.size() > 2 ? numbers.at(2).toInt() : 5;
    if (lines <= 0 || naiveLines <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_logview [LINES [NAIVE_LINES [ROUNDS]]] [--wrap]\n");
        return 2;
    }

    QList<Result> ourRounds;
    for (int round = 0; round < rounds; ++round) {
        const Result r = runChild(QStringLiteral("ours"), lines, wrap);
        if (!r.ok) {
            std::fprintf(stderr, "a run failed\n");
            return 1;
        }
        ourRounds.append(r);
    }
    const Result naive = runChild(QStringLiteral("naive"), naiveLines);
    if (!naive.ok) {
        std::fprintf(stderr, "a run failed\n");
        return 1;
    }
    std::printf("bench_logview (platform %s), chunks of %d lines, at most %d in flight%s\n",
                qPrintable(naive.platform), ChunkLines, MaxChunksInFlight, wrap ? ", our pane wrapping" : "");
    for (int round = 0; round < rounds; ++round) {
        const Result &r = ourRounds[round];
        std::printf(
            "LogPane round %d: %.0f lines/s, longest stall %.1f ms, %d over %.0f ms, peak RSS %.1f MiB, "
            "GUI thread %.0f ns/line, producer %.0f ns/line\n",
            round + 1, r.linesPerSecond(), r.stallMs, r.longStalls, GoalStallMs, r.rssMiB,
            r.guiCpuMs * 1e6 / r.lines, r.producerCpuMs * 1e6 / r.lines);
    }
    QList<double> stalls;
    for (const Result &r : ourRounds)
        stalls.append(r.stallMs);
    std::sort(stalls.begin(), stalls.end());
    const double medianStall = stalls[rounds / 2];
    std::sort(ourRounds.begin(), ourRounds.end(),
              [](const Result &a, const Result &b) { return a.linesPerSecond() < b.linesPerSecond(); });
    const Result ours = ourRounds[rounds / 2];
    std::printf(
        "LogPane longest stall: median of rounds %.1f ms, worst %.1f ms; the table shows the median round "
        "by lines/s\n",
        medianStall, stalls.last());
    std::printf("%-24s %14s %14s\n", "", "LogPane", "QPlainTextEdit");
    std::printf("%-24s %14lld %14lld\n", "lines fed", static_cast<long long>(ours.lines),
                static_cast<long long>(naive.lines));
    std::printf("%-24s %14d %14d\n", "lines kept", ours.shown, naive.shown);
    std::printf("%-24s %14.0f %14.0f\n", "time (ms)", ours.msecs, naive.msecs);
    std::printf("%-24s %14.0f %14.0f\n", "lines/s", ours.linesPerSecond(), naive.linesPerSecond());
    std::printf("%-24s %14.1f %14.1f\n", "longest stall (ms)", ours.stallMs, naive.stallMs);
    std::printf("%-24s %14d %14d\n", "stalls over 8 ms", ours.longStalls, naive.longStalls);
    std::printf("%-24s %14.1f %14.1f\n", "peak RSS (MiB)", ours.rssMiB, naive.rssMiB);
    std::printf("%-24s %14d %14d\n", "frames painted", ours.frames, naive.frames);
    std::printf("%-24s %14.2f %14.2f\n", "frame avg CPU (ms)", ours.frameAvgMs, naive.frameAvgMs);
    std::printf("%-24s %14.2f %14.2f\n", "frame max (ms)", ours.frameMaxMs, naive.frameMaxMs);
    const double ratio = naive.linesPerSecond() > 0 ? ours.linesPerSecond() / naive.linesPerSecond() : 0;
    std::printf("ratio ours/naive lines/s: %.1fx\n", ratio);

    const bool faster = ratio >= GoalRatio;
    const bool stall = medianStall <= GoalStallMs;
    double peak = 0;
    for (const Result &r : ourRounds)
        peak = std::max(peak, r.rssMiB);
    const bool memory = peak <= GoalPeakMiB;
    std::printf("goal >= %.0fx naive: %.1fx, %s\n", GoalRatio, ratio, verdict(faster));
    std::printf("goal longest stall <= %.0f ms (median of rounds): %.1f ms, %s\n", GoalStallMs, medianStall,
                verdict(stall));
    std::printf("goal peak RSS <= %.0f MiB (every round): %.1f MiB, %s\n", GoalPeakMiB, peak,
                verdict(memory));
    return faster && stall && memory ? 0 : 1;
}

#include "bench_logview.moc"
