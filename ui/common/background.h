#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace mua {

// Runs work on the thread pool and hands its result to done() on the GUI thread, unless context
// has been destroyed by then. The one way pages read stores or run short commands: never on the
// GUI thread. Work that may outlast its page (Composer) goes to a pool of the page's own, which the
// page stops and waits for when it goes: a command still running when the application ends would
// never be seen to finish.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done,
                     QThreadPool *pool = QThreadPool::globalInstance())
{
    QPointer<QObject> guard(context);
    pool->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace mua
