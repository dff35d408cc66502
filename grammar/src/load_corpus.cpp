// load_corpus: reads the files given and every file they `use`, each once (by
// canonical path), and orders the result by canonical path so the order of
// the command line never changes the outcome.
#include "evkg/grammar/input_files.hpp"
#include "evkg/grammar/parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <functional>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace evkg {

namespace {

namespace fs = std::filesystem;

// A path without "." or ".." segments, empty segments or a trailing slash:
// joined to another such path with one '/', it is already lexically normal.
// ("a/b" and "/x/y" are plain; "", "./a", "a/../b", "a//b" and "/" are not.)
bool is_plain_path(std::string_view p) {
    if (p.empty() || p.back() == '/') return false;
    std::size_t start = p.front() == '/' ? 1 : 0;
    for (;;) {
        std::size_t const end = std::min(p.find('/', start), p.size());
        std::string_view const segment = p.substr(start, end - start);
        if (segment.empty() || segment == "." || segment == "..") return false;
        if (end == p.size()) return true;
        start = end + 1;
    }
}

// A plain path (above) that is relative: `dir + '/' + it` names what
// `dir / it` names.
bool is_plain_relative(std::string_view p) { return is_plain_path(p) && p.front() != '/'; }

// (directory / target).lexically_normal(), without splitting both into
// components when they are plain (every `use` of a corpus, usually).
std::string normal_join(std::string_view directory, bool plain_directory,
                        std::string const& target) {
    if ((plain_directory || directory.empty()) && is_plain_relative(target))
        return directory.empty() ? target : std::string(directory).append("/").append(target);
    return (fs::path(directory) / target).lexically_normal().string();
}

// directory / target, building one std::filesystem::path (which splits its
// text into components) instead of three when target is plain and relative.
fs::path joined(fs::path const& directory, std::string const& target) {
    std::string const& d = directory.native();
    if (!d.empty() && d.back() != '/' && is_plain_relative(target))
        return fs::path(d + '/' + target);
    return directory / target;
}

// The folder of a file's path as text: what parent_path() gives when the path
// is plain, and otherwise a spelling of it that normal_join makes normal.
std::string_view folder_of(std::string_view file) {
    std::size_t const slash = file.rfind('/');
    if (slash == std::string_view::npos) return {};
    return file.substr(0, slash == 0 ? 1 : slash);
}

// The `use`s of one file, compact: the file that lists a whole corpus
// `use`s 300,000 others, and its AST is gone before they are read.
class use_list {
public:
    explicit use_list(parsed_file const& parsed) {
        for (auto const& statement : parsed.document.statements)
            if (auto const* use = boost::get<ast::use_declaration>(&statement.get())) {
                source_range const where = parsed.range_of(use->path);
                paths_ += use->path.value;
                entries_.push_back({paths_.size(), where.begin, where.end});
            }
        paths_.shrink_to_fit(); // kept while every used file is read: no slack
        entries_.shrink_to_fit();
    }
    std::size_t size() const { return entries_.size(); }
    std::string path(std::size_t i) const {
        std::size_t const begin = i == 0 ? 0 : entries_[i - 1].path_end;
        return paths_.substr(begin, entries_[i].path_end - begin);
    }
    // Where the i-th path is written in `file`.
    source_range range(file_id file, std::size_t i) const {
        return {file, entries_[i].begin, entries_[i].end, true};
    }

private:
    struct entry {
        std::size_t path_end; // in paths_
        std::size_t begin, end;
    };
    std::string paths_;
    std::vector<entry> entries_;
};

// A file read and parsed ahead, on a worker (corpus_loader::prefetch).
struct prefetched {
    std::optional<std::string> text;
    std::size_t text_hash = 0; // source_file::text_hash(), computed on the worker
    parsed_file parsed;
    diagnostics out;
};

class corpus_loader {
public:
    // Without a visitor the loader keeps every parsed file (load_corpus);
    // with one it hands each over and releases its text (scan_corpus).
    corpus_loader(diagnostics& out, load_options const& options,
                  std::function<void(parsed_file&&, source_set const&)> visit = {})
        : out_(out), options_(options), visit_(std::move(visit)) {}

    void load_argument(std::string const& argument) {
        if (argument == "-") {
            // A pipe has no size to check first: read one byte past the limit at
            // most, or an endless stream would exhaust memory.
            input_read const* known = read_before("<stdin>");
            input_read read = known ? *known : read_standard_input(options_.limits.max_file_bytes);
            if (!read.text) {
                out_.error({}, fmt::format("cannot read standard input: {}", read.why));
                refused_once_.emplace("<stdin>", read.why);
                return;
            }
            add("<stdin>", "<stdin>", fs::current_path(), std::move(*read.text), 0, false);
            return;
        }
        std::string why;
        bool regular = false;
        if (!check_readable(argument, why, regular, input_kind::named)) {
            out_.error({}, fmt::format("cannot read `{}`: {}", argument, why));
            return;
        }
        std::error_code error;
        fs::path const canonical = canonical_of(argument, error);
        load_path(argument, canonical, error, argument, 0, std::nullopt, regular);
    }

    scanned_corpus finish_scan() {
        scanned_corpus result;
        for (std::size_t i : canonical_order())
            result.files.push_back(ids_[i]);
        result.sources = std::move(sources_);
        result.refused_once = std::move(refused_once_);
        return result;
    }

    corpus finish() {
        corpus result;
        result.sources = std::move(sources_);
        for (std::size_t i : canonical_order())
            result.files.push_back(std::move(files_[i]));
        return result;
    }

private:
    // The files loaded, by canonical path (positions in keys_).
    std::vector<std::size_t> canonical_order() const {
        std::vector<std::size_t> order(keys_.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
        return order;
    }

    // What an earlier pass read of an input that cannot be read twice
    // (load_options::read_once), or nullptr.
    input_read const* read_before(std::string const& shown) const {
        if (!options_.read_once) return nullptr;
        auto const found = options_.read_once->find(shown);
        return found == options_.read_once->end() ? nullptr : &found->second;
    }

    // Exists, is a regular file (or, named on the command line, a device such
    // as /dev/stdin), is not too big. One stat(2): a corpus checks 10^5
    // files. `regular`: not a device or a pipe (only a regular file can be
    // read again). `known`: what an lstat(2) of `path` said, if it is not a
    // link (canonical_of).
    bool check_readable(fs::path const& path, std::string& why, bool& regular, input_kind kind,
                        struct stat const* known = nullptr) const {
        struct stat info {};
        if (known != nullptr) {
            info = *known;
        } else if (::stat(path.c_str(), &info) != 0) {
            why = describe_file_error(errno);
            return false;
        }
        if (S_ISDIR(info.st_mode)) {
            why = "it is a directory, not an annotation file";
            return false;
        }
        // A FIFO or a device named by a corpus file could stall the build or
        // never end (read_input_file refuses it again, if it changes now).
        if (kind == input_kind::referenced && !S_ISREG(info.st_mode)) {
            why = fmt::format("it is {}, not a regular file", file_type_name(info.st_mode));
            return false;
        }
        regular = S_ISREG(info.st_mode);
        if (S_ISREG(info.st_mode) &&
            static_cast<std::uintmax_t>(info.st_size) > options_.limits.max_file_bytes) {
            why = fmt::format("the file is {} bytes, more than the limit of {} bytes",
                              static_cast<std::uintmax_t>(info.st_size),
                              options_.limits.max_file_bytes);
            return false;
        }
        return true;
    }

    // `shown` is the name diagnostics use; `origin` the `use` that led here.
    // `canonical` and `error`: canonical_of(path); `regular`: from check_readable.
    void load_path(fs::path const& path, fs::path const& canonical, std::error_code error,
                   std::string const& shown, std::size_t depth, std::optional<source_range> origin,
                   bool regular) {
        std::string const key =
            error ? fs::absolute(path).lexically_normal().string() : canonical.string();
        if (loaded_.count(key)) return; // loaded once: cycles end here
        if (auto ready = prefetched_.find(key); ready != prefetched_.end()) {
            auto node = prefetched_.extract(ready);
            prefetched& parse = node.mapped();
            if (parse.text) {
                std::string text = std::move(*parse.text);
                parse.text.reset();
                add(key, shown, canonical.parent_path(), std::move(text), depth, regular,
                    std::move(parse));
                return;
            }
        }
        std::string why;
        std::optional<std::string> text;
        if (auto const* known = regular ? nullptr : read_before(shown)) {
            text = known->text;
            why = known->why;
        } else {
            input_read read = read_input_file(path.c_str(), options_.limits.max_file_bytes,
                                              origin ? input_kind::referenced : input_kind::named);
            text = std::move(read.text);
            why = std::move(read.why);
        }
        if (!text) {
            if (!regular) refused_once_.emplace(shown, why);
            if (origin)
                out_.error(*origin, fmt::format("cannot read `{}`: {}", shown, why));
            else
                out_.error({}, fmt::format("cannot read `{}`: {}", shown, why));
            return;
        }
        add(key, shown, canonical.parent_path(), std::move(*text), depth, regular);
    }

    void add(std::string const& key, std::string const& shown, fs::path const& directory,
             std::string text, std::size_t depth, bool regular,
             std::optional<prefetched> ready = {}) {
        // Only a regular file can be read again (not a pipe, not stdin).
        bool const rereadable = visit_ && key != "<stdin>" && regular;
        file_id const id = sources_.add(shown, std::move(text), rereadable ? key : std::string{},
                                        ready ? std::optional(ready->text_hash) : std::nullopt);
        // The key once: the source's reload path when it has one.
        loaded_.insert(keys_.emplace_back(rereadable
                                              ? std::string_view(sources_[id].reload_path())
                                              : std::string_view(other_keys_.emplace_back(key))));
        parsed_file parsed;
        // Near the error limit, which of a file's errors fit depends on
        // those before it: parse it here, as without threads.
        if (ready && (ready->out.stopped() ||
                      out_.error_count() + ready->out.error_count() >= out_.max_errors()))
            ready.reset();
        if (ready) { // parsed on a worker, against a source set of its own
            parsed = std::move(ready->parsed);
            parsed.file = id;
            for (auto d : ready->out.all()) {
                if (d.where.known) d.where.file = id;
                for (auto& note : d.notes)
                    if (note.where.known) note.where.file = id;
                if (!out_.add(std::move(d))) break;
            }
        } else if (options_.skim && rereadable) {
            parsed = skim_file(sources_, id, out_, options_.limits);
        } else {
            parsed = parse_file(sources_, id, out_, options_.limits);
        }
        use_list const uses(parsed);
        if (visit_) {
            {
                parsed_file visited = std::move(parsed); // gone before the used files come
                visit_(std::move(visited), sources_);
            }
            sources_.file(id).release();
            ids_.push_back(id);
        } else {
            files_.push_back(std::move(parsed));
        }

        std::string_view const shown_directory = folder_of(shown);
        bool const plain_shown_directory = is_plain_path(shown_directory);
        // The windows being parsed meanwhile, the next first: two of them,
        // so the workers go on while the walk takes one in.
        std::deque<std::unique_ptr<prefetch_job>> ahead;
        std::size_t started = 0; // uses [0, started) are in a window
        for (std::size_t i = 0; i < uses.size(); ++i) {
            if (out_.limit_reached()) return;
            if (options_.jobs > 1 && i % prefetch_window == 0) {
                while (started < uses.size() && started < i + prefetch_windows * prefetch_window) {
                    std::size_t const end = std::min(uses.size(), started + prefetch_window);
                    ahead.push_back(prefetch(directory, uses, started, end));
                    started = end;
                }
                take_prefetched(std::move(ahead.front()));
                ahead.pop_front();
            }
            std::string const target = uses.path(i);
            source_range const use_range = uses.range(id, i);
            if (depth + 1 > options_.max_use_depth) {
                out_.error(use_range, fmt::format("`use` nested deeper than {} files",
                                                  options_.max_use_depth));
                continue;
            }
            std::string refused;
            std::optional<fs::path> const target_path = use_target(directory, target, refused);
            if (!target_path) {
                out_.error(use_range, fmt::format("cannot use `{}`: {}", target, refused));
                continue;
            }
            fs::path const& resolved = *target_path;
            std::string const shown_target =
                key == "<stdin>" ? target
                                 : normal_join(shown_directory, plain_shown_directory, target);
            // A file loaded already (the shared registry every report
            // uses) needs no more checks: loaded once, cycles end here.
            std::error_code error;
            struct stat info {};
            fs::path canonical;
            if (auto seen = looked_up_.find(resolved.native()); seen != looked_up_.end()) {
                canonical = std::move(seen->second.canonical);
                info = seen->second.info;
                looked_up_.erase(seen);
            } else {
                canonical = canonical_of(resolved, error, &info);
            }
            if (!error && loaded_.count(canonical.native()) != 0) continue;
            std::string why;
            bool used_regular = false;
            if (!check_readable(resolved, why, used_regular, input_kind::referenced,
                                !error && info.st_mode != 0 ? &info : nullptr)) {
                out_.error(use_range, fmt::format("cannot use `{}`: {}", target, why));
                continue;
            }
            load_path(resolved, canonical, error, shown_target, depth + 1, use_range, used_regular);
        }
    }

    // What `use "target"` in a file of `directory` reads, or nullopt (and
    // why). Only files named `*.ev`: a `use` of another file (a password
    // file, say) is refused before it is opened, so no diagnostic ever
    // echoes a line of it. Under --root, the target's canonical path, if it
    // lies inside the root.
    std::optional<fs::path> use_target(fs::path const& directory, std::string const& target,
                                       std::string& why) const {
        if (target.size() < 3 || target.compare(target.size() - 3, 3, ".ev") != 0) {
            why = "`use` takes annotation files, whose names end in `.ev`";
            return std::nullopt;
        }
        if (!options_.root) return joined(directory, target);
        std::optional<std::string> confined =
            options_.root->confine(directory.string(), target, why);
        if (!confined) return std::nullopt;
        return fs::path(std::move(*confined));
    }

    // fs::canonical, with the canonical form of each folder kept: a corpus
    // of 10^5 files `use`s the same registry from the same few folders, and
    // canonical() reads every link of every component each time. `info`,
    // when given, gets what lstat(2) said of an entry that is not a link
    // (st_mode 0 otherwise): check_readable need not ask again.
    // The path is split at its last '/' as text (parent_path and filename
    // would split every component), and built once.
    fs::path canonical_of(fs::path const& path, std::error_code& error,
                          struct stat* info = nullptr) {
        std::string const& text = path.native();
        std::size_t const slash = text.rfind('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == text.size())
            return fs::canonical(path, error);
        std::string_view const name = std::string_view(text).substr(slash + 1);
        if (name == "." || name == "..") return fs::canonical(path, error);
        std::string folder = text.substr(0, slash);
        auto known = canonical_folders_.find(folder);
        if (known == canonical_folders_.end()) {
            fs::path const canonical_folder = fs::canonical(fs::path(folder), error);
            if (error) return fs::canonical(path, error);
            known = canonical_folders_.emplace(std::move(folder), canonical_folder.native()).first;
        }
        std::string canonical = known->second;
        if (canonical.back() != '/') canonical += '/';
        canonical.append(name);
        // The same directory entry as `path`; a loaded key is canonical, so
        // if it is one, the entry is that file, not a link: no system call.
        if (loaded_.count(canonical) != 0) {
            error.clear();
            return fs::path(std::move(canonical));
        }
        // One lstat(2): the same entry as `canonical`, unless it is a link.
        struct stat entry {};
        if (::lstat(path.c_str(), &entry) != 0 || S_ISLNK(entry.st_mode))
            return fs::canonical(path, error); // a link's target, or the error
        if (info != nullptr) *info = entry;
        error.clear();
        return fs::path(std::move(canonical));
    }

    // Reads and parses the files of uses [from, to) on options_.jobs threads,
    // ahead of the depth-first walk that takes them in order: diagnostics
    // and file numbers come out as without threads. A window at a time, so
    // only a few parsed files wait in memory; the next two windows are
    // parsed while the walk takes in this one (with one, the walk and the
    // workers mostly took turns).
    static constexpr std::size_t prefetch_window = 64;
    static constexpr std::size_t prefetch_windows = 3; // the one taken in and two ahead

    class prefetch_job {
    public:
        // `skim`: skim_file instead of parse_file (all the files are regular).
        prefetch_job(std::vector<std::pair<std::string, fs::path>> todo, unsigned jobs,
                     std::size_t max_errors, parse_limits limits, bool skim)
            : todo_(std::move(todo)), results_(todo_.size()), max_errors_(max_errors),
              limits_(limits), skim_(skim) {
            // Worker t takes files t, t + jobs, ...; files whose worker could
            // not start (a thread limit) are left to the walk, which reads them.
            try {
                for (unsigned t = 0; t < jobs && t < todo_.size(); ++t)
                    threads_.emplace_back([this, t, jobs] { work(t, jobs); });
            } catch (...) { // std::system_error, std::bad_alloc
            }
        }
        prefetch_job(prefetch_job const&) = delete;
        prefetch_job& operator=(prefetch_job const&) = delete;
        ~prefetch_job() { wait(); }

        void wait() {
            for (auto& thread : threads_)
                thread.join();
            threads_.clear();
        }
        // After wait(): the files read and parsed, by canonical path.
        template <typename Take>
        void hand_over(Take take) {
            wait();
            for (std::size_t i = 0; i < todo_.size(); ++i)
                if (results_[i]) take(std::move(todo_[i].first), std::move(*results_[i]));
        }

    private:
        // A worker that fails (out of memory) leaves its files to the walk,
        // which reads them again and reports what goes wrong.
        void work(std::size_t first, std::size_t step) noexcept {
            for (std::size_t i = first; i < todo_.size(); i += step)
                try {
                    prefetched p{std::nullopt, 0, {}, diagnostics(max_errors_)};
                    p.text = read_input_file(todo_[i].second.c_str(), limits_.max_file_bytes,
                                             input_kind::referenced)
                                 .text;
                    if (p.text) {
                        source_set own;
                        file_id const id = own.add(todo_[i].second.string(), *p.text);
                        p.text_hash = own[id].text_hash();
                        p.parsed = skim_ ? skim_file(own, id, p.out, limits_)
                                         : parse_file(own, id, p.out, limits_);
                    } else {
                        p.text.reset(); // read again, and reported, in order
                    }
                    results_[i] = std::move(p);
                } catch (...) {
                    results_[i].reset();
                }
        }

        std::vector<std::pair<std::string, fs::path>> todo_; // key, path
        std::vector<std::optional<prefetched>> results_;
        std::size_t max_errors_;
        parse_limits limits_;
        bool skim_;
        std::vector<std::thread> threads_;
    };

    // Starts reading and parsing the files of uses [from, to) not loaded yet.
    std::unique_ptr<prefetch_job> prefetch(fs::path const& directory, use_list const& uses,
                                           std::size_t from, std::size_t to) {
        std::vector<std::pair<std::string, fs::path>> todo; // key, path
        std::unordered_set<std::string> in_todo;            // its keys
        for (std::size_t i = from; i < to; ++i) {
            std::string refused;
            std::optional<fs::path> target = use_target(directory, uses.path(i), refused);
            if (!target) continue; // reported in order
            fs::path resolved = std::move(*target);
            std::error_code error;
            struct stat info {};
            fs::path canonical = canonical_of(resolved, error, &info);
            if (error) continue; // reported in order
            // Loaded already (the registry every report uses): no system call.
            if (loaded_.count(canonical.native()) || prefetched_.count(canonical.native()))
                continue;
            if (info.st_mode != 0 ? !S_ISREG(info.st_mode) : !fs::is_regular_file(canonical, error))
                continue;
            std::string key = canonical.native();
            if (!in_todo.insert(key).second) continue; // used twice in the window
            if (info.st_mode != 0)
                looked_up_.try_emplace(resolved.native(), looked_up{std::move(canonical), info});
            todo.emplace_back(std::move(key), std::move(resolved));
        }
        if (todo.empty()) return nullptr;
        return std::make_unique<prefetch_job>(std::move(todo), options_.jobs, out_.max_errors(),
                                              options_.limits, options_.skim && visit_);
    }

    // The files a job parsed, for load_path; not those the walk read meanwhile.
    void take_prefetched(std::unique_ptr<prefetch_job> job) {
        if (!job) return;
        job->hand_over([&](std::string key, prefetched&& p) {
            if (!loaded_.count(key)) prefetched_.emplace(std::move(key), std::move(p));
        });
    }

    diagnostics& out_;
    load_options const& options_;
    std::unordered_map<std::string, prefetched> prefetched_; // by canonical path
    // What prefetch() learnt of a used file, for the walk that takes it in:
    // one lstat(2) per file on the thread every other waits for.
    struct looked_up {
        fs::path canonical;
        struct stat info;
    };
    std::unordered_map<std::string, looked_up> looked_up_;           // by path as resolved
    std::unordered_map<std::string, std::string> canonical_folders_; // folder: canonical
    source_set sources_;
    std::function<void(parsed_file&&, source_set const&)> visit_;
    std::vector<parsed_file> files_;
    std::vector<file_id> ids_; // scan_corpus: the files visited
    // Canonical paths, parallel to files_ (or ids_), and a set of them to
    // find: views of the sources' reload paths, or of other_keys_ (files
    // without one), so a corpus of 10^5 files keeps each path once.
    std::deque<std::string_view> keys_; // a deque: no doubling slack
    std::deque<std::string> other_keys_;
    std::unordered_set<std::string_view> loaded_;
    std::map<std::string, std::string> refused_once_; // scanned_corpus::refused_once
};

} // namespace

scanned_corpus scan_corpus(std::vector<std::string> const& paths, diagnostics& out,
                           load_options const& options,
                           std::function<void(parsed_file&&, source_set const&)> const& visit) {
    corpus_loader loader(out, options, visit);
    for (auto const& path : paths) {
        if (out.limit_reached()) break;
        loader.load_argument(path);
    }
    return loader.finish_scan();
}

corpus load_corpus(std::vector<std::string> const& paths, diagnostics& out,
                   load_options const& options) {
    corpus_loader loader(out, options);
    for (auto const& path : paths) {
        if (out.limit_reached()) break;
        loader.load_argument(path);
    }
    return loader.finish();
}

} // namespace evkg
