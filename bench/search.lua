-- wrk script for bench/search.sh: with SEARCH_VARIED=1 every request is a search of two words of
-- the stories' vocabulary and a page from 1 to 3, drawn at random (1,200 different searches; the
-- page cache keys a search by what the page reads, so a parameter it ignores would not make it
-- new, and the bench server's search cache holds 1 MB, about a hundred pages, so that few are
-- answered from it). Otherwise the one URL given is requested. Prints req/s and the p50/p95/p99
-- latencies on one line.
local words = {"migrants", "migrantes", "workers", "trabajadores", "labour", "laboral", "climate", "clima",
               "border", "frontera", "health", "salud", "children", "ninos", "training", "capacitacion",
               "returns", "retorno", "displacement", "desplazamiento"}
local random = os.getenv("SEARCH_VARIED") == "1"
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end

function init(args)
    math.randomseed(os.time() + id * 7919)
    base = wrk.path
    n = 0
end

function request()
    if not random then
        return wrk.format(nil, base)
    end
    n = n + 1
    local a = words[math.random(#words)]
    local b = words[math.random(#words)]
    local path = base .. a .. "+" .. b .. "&page=" .. math.random(3)
    return wrk.format(nil, path)
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    io.write(string.format("%8.0f req/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   errors %d\n",
        summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
