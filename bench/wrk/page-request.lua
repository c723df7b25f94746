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

-- With BENCH_NEW_CALLS=1 every request is the first page of a call of its own, as on a live platform: its call_id
-- (c-1a2b3c4d in the file) becomes a random per-thread prefix and a counter scattered over 32 bits, so the ids land
-- all over the store's indexes as real ids do. Without it wrk sends the same request every time.
if os.getenv("BENCH_NEW_CALLS") == "1" then
  local before, after = body:match('^(.-"call_id":")c%-1a2b3c4d(".*)$')
  assert(before, "BENCH_NEW_CALLS needs the request's call_id to be c-1a2b3c4d")
  local prefix
  local counter = 0

  function init(args)
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)
    prefix = string.format("%08x", math.random(0, 0x7fffffff))
  end

  function request()
    counter = counter + 1
    local scattered = (counter * 2654435761) % 4294967296
    return wrk.format(nil, nil, nil, before .. prefix .. "-" .. string.format("%08x", scattered) .. after)
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
