#pragma once

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace mua {

// Runs work on `threads` threads, this one among them, and returns when every one is done: the impact
// report's reading of many files (each work takes the next item from a shared atomic counter).
template <typename Work> void onThreads(int threads, const Work &work)
{
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

// One thread a core, and at least two (one may wait on the disk while the other reads).
inline int everyCore()
{
    return std::max(2, QThread::idealThreadCount());
}

} // namespace mua
