-- wrk script for `make bench`: sends the requests of a prepared file in turn, one per line:
--   METHOD \t PATH \t "Name: value" headers joined by \31 \t BODY
-- With LIMIT it stops once LIMIT responses have arrived and touches DONE_FILE, so that the
-- driver interrupts wrk instead of waiting out -d; it prints one JSON line of measurements.
-- Usage: wrk -t1 -c N -d S -s replay.lua URL -- FILE [LIMIT DONE_FILE]

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } timeval_t;
  int gettimeofday(timeval_t *tv, void *tz);
]]
local tv = ffi.new("timeval_t")

local function now_us()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000000 + tonumber(tv.tv_usec)
end

local thread_handle = nil

function setup(thread)
  thread_handle = thread
end

function init(args)
  requests, statuses, received, elapsed_us = {}, {}, 0, 0
  limit, done_file = tonumber(args[2] or "0"), args[3]
  for line in io.lines(args[1]) do
    local method, path, head, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {}
    for name, value in head:gmatch("([^\31:]+): ([^\31]*)") do
      headers[name] = value
    end
    if body == "" then body = nil end
    requests[#requests + 1] = wrk.format(method, path, headers, body)
  end
  next_index = 0
end

function request()
  if started == nil then started = now_us() end
  -- Past the end the list starts again: a repeated POST carries the same Idempotency-Key.
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function response(status, headers, body)
  statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
  received = received + 1
  if limit > 0 and received == limit then
    elapsed_us = now_us() - started
    wrk.thread:stop()
    local marker = io.open(done_file, "w")
    marker:write("done\n")
    marker:close()
  end
end

function done(summary, latency, requests_stats)
  local counts, elapsed = thread_handle:get("statuses"), thread_handle:get("elapsed_us")
  local parts = {}
  for status, n in pairs(counts) do
    parts[#parts + 1] = string.format('"%s": %d', status, n)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "errors": %d, "timeouts": %d, "statuses": {%s}}\n',
    summary.requests, elapsed > 0 and elapsed or summary.duration, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max,
    e.connect + e.read + e.write, e.timeout, table.concat(parts, ", ")))
end
