-- POSTs a real page request (the JSON file named by BENCH_BODY) to the URL given to wrk, and at the end prints one
-- machine-readable line that bench/run.sh turns into the table:
--   RESULT requests=N seconds=S rps=R p50_ms=A p99_ms=B non2xx=C socket_errors=D
-- wrk counts statuses above 399 as errors ("status"); the servers answer only 200 or 4xx/5xx, never 3xx, and
-- run.sh checks the exact status of a probe request before loading, so that count is the non-2xx count.
local path = os.getenv("BENCH_BODY")
local file = assert(io.open(path, "rb"), "BENCH_BODY must name the page request JSON file")
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
