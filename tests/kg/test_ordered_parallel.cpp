// ordered_parallel: results delivered in order whatever the threads do; a
// slow item does not stall the other threads; what waits is bounded by the
// window and, when weighed, by the byte budget.
#include "driver/ordered_parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

using evkg::kg::ordered_parallel;

TEST_CASE("results come in order, on any number of threads", "[ordered_parallel]") {
    for (unsigned jobs : {1u, 2u, 3u, 8u}) {
        std::vector<std::size_t> delivered;
        ordered_parallel<std::size_t>(
            1000, jobs, [](std::size_t i) { return i * i; },
            [&](std::size_t i, std::size_t&& r) {
                CHECK(r == i * i);
                delivered.push_back(i);
                return true;
            });
        REQUIRE(delivered.size() == 1000);
        for (std::size_t i = 0; i < delivered.size(); ++i)
            CHECK(delivered[i] == i);
    }
}

TEST_CASE("a slow first item leaves the other thread 100 items to do meanwhile",
          "[ordered_parallel]") {
    // Item 0 finishes only once items 1..100 are done, or after 10 s: with a
    // window of a few items per thread it would wait the 10 s.
    std::mutex mutex;
    std::condition_variable done_enough;
    std::size_t done = 0;
    bool waited_out = false;
    ordered_parallel<int>(
        200, 2,
        [&](std::size_t i) {
            std::unique_lock lock(mutex);
            if (i == 0) {
                waited_out = !done_enough.wait_for(lock, std::chrono::seconds(10),
                                                   [&] { return done >= 100; });
            } else if (++done == 100) {
                done_enough.notify_all();
            }
            return static_cast<int>(i);
        },
        [](std::size_t i, int&& r) { return r == static_cast<int>(i); });
    CHECK_FALSE(waited_out);
}

TEST_CASE("weighed results wait within the budget", "[ordered_parallel]") {
    // Item 0 is slow, every other result weighs 1 MiB, the budget is 8 MiB:
    // at most the budget plus one result per thread waits at any time.
    std::size_t const mib = std::size_t{1} << 20;
    std::atomic<std::size_t> waiting{0}, most_waiting{0};
    std::atomic<bool> first_done{false};
    std::vector<std::size_t> delivered;
    ordered_parallel<std::string>(
        100, 2,
        [&](std::size_t i) {
            if (i == 0) {
                for (int spin = 0; spin < 200 && waiting.load() < 8 * mib; ++spin)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                first_done = true;
                return std::string("first");
            }
            std::string result(mib, 'x');
            std::size_t const now = waiting += result.capacity();
            std::size_t seen = most_waiting.load();
            while (now > seen && !most_waiting.compare_exchange_weak(seen, now)) {
            }
            return result;
        },
        [&](std::size_t i, std::string&& r) {
            if (i > 0) waiting -= r.capacity();
            delivered.push_back(i);
            return true;
        },
        [](std::string const& r) { return r.capacity(); }, 8 * mib);
    CHECK(first_done);
    CHECK(delivered.size() == 100);
    CHECK(most_waiting.load() >= 8 * mib); // the budget was reached
    CHECK(most_waiting.load() <=
          8 * mib + 2 * mib); // and not passed by more than a result per thread
}
