-- wrk script: print one parseable line when the run ends.
--   RESULT rps=<requests/s> p50_ms=<median latency> p99_ms=<99th percentile> requests=<n> errors=<n> non2xx=<n>
-- Socket errors and non-2xx/3xx responses are counted in `errors`; `non2xx` is the status part.

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    summary.requests,
    socket_errors + e.status,
    e.status
  ))
end
