// Runs work(i) for i in [0, n) on up to `jobs` threads and hands each result
// to deliver(i, result) on the calling thread, in the order of i. Results
// wait for their turn in a window of 64 per thread: one slow item (the large
// registry every report uses) does not stall the other threads, whose
// results pile up behind it. `weigh`, when given, bounds what waits in bytes
// too: no item starts while the results waiting weigh `budget` or more, so
// memory stays bounded by the window, not by n. With jobs <= 1 no thread is
// started.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace evkg::kg {

// deliver returns false to stop early (the work already started finishes).
template <typename Result>
void ordered_parallel(std::size_t n, unsigned jobs, std::function<Result(std::size_t)> const& work,
                      std::function<bool(std::size_t, Result&&)> const& deliver,
                      std::function<std::size_t(Result const&)> const& weigh = {},
                      std::size_t budget = 0) {
    if (jobs <= 1 || n <= 1) {
        for (std::size_t i = 0; i < n; ++i)
            if (!deliver(i, work(i))) return;
        return;
    }
    std::size_t const window = std::size_t{jobs} * 64;
    std::vector<std::optional<Result>> ready(window);
    std::vector<std::size_t> weights(weigh ? window : 0);
    std::size_t waiting_weight = 0; // of the results in `ready`
    std::mutex mutex;
    // Two conditions, so that each event wakes only who waits for it: the
    // caller, for the result it delivers next; a worker, for room in the
    // window. (One condition woke every thread for every file.)
    std::condition_variable delivered_next_ready, room_in_window;
    std::size_t next_to_start = 0, next_to_deliver = 0;
    bool stop = false;
    std::exception_ptr failure;

    auto worker = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            room_in_window.wait(lock, [&] {
                return stop || next_to_start >= n ||
                       (next_to_start < next_to_deliver + window &&
                        (waiting_weight < budget || !weigh || next_to_start == next_to_deliver));
            });
            if (stop || next_to_start >= n) return;
            std::size_t const i = next_to_start++;
            lock.unlock();
            std::optional<Result> result;
            try {
                result.emplace(work(i));
            } catch (...) {
                lock.lock();
                if (!failure) failure = std::current_exception();
                stop = true;
                delivered_next_ready.notify_one();
                room_in_window.notify_all();
                return;
            }
            std::size_t const weight = weigh ? weigh(*result) : 0;
            lock.lock();
            ready[i % window] = std::move(result);
            if (weigh) {
                weights[i % window] = weight;
                waiting_weight += weight;
            }
            if (i == next_to_deliver) delivered_next_ready.notify_one();
        }
    };
    std::vector<std::thread> threads;
    try {
        for (unsigned t = 0; t < std::min<std::size_t>(jobs, n); ++t)
            threads.emplace_back(worker);
    } catch (...) { // std::system_error, std::bad_alloc
        // The system gives fewer threads than asked (ulimit): work with
        // those that started, or without any.
        if (threads.empty()) {
            for (std::size_t i = 0; i < n; ++i)
                if (!deliver(i, work(i))) return;
            return;
        }
    }

    {
        std::unique_lock lock(mutex);
        while (next_to_deliver < n && !stop) {
            delivered_next_ready.wait(
                lock, [&] { return stop || ready[next_to_deliver % window].has_value(); });
            if (stop) break;
            Result result = std::move(*ready[next_to_deliver % window]);
            ready[next_to_deliver % window].reset();
            if (weigh) waiting_weight -= weights[next_to_deliver % window];
            std::size_t const i = next_to_deliver++;
            room_in_window.notify_one(); // a slot in the window is free
            lock.unlock();
            bool go_on = false;
            try {
                go_on = deliver(i, std::move(result));
            } catch (...) {
                lock.lock();
                if (!failure) failure = std::current_exception();
                break;
            }
            lock.lock();
            if (!go_on) stop = true;
        }
        stop = true;
        room_in_window.notify_all();
    }
    for (auto& t : threads)
        t.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace evkg::kg
