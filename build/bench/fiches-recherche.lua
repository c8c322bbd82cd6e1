-- wrk: search fiches by name prefix (accents and case vary), 20 per page. TOKEN comes from the environment.
local prefixes = { "mul", "m%C3%BCl", "MEI", "roch", "fav", "ross", "pitt", "da%20s", "kras", "nguy", "zimm",
                   "l%C3%A9a", "fran", "jean", "gab", "hel", "schn", "bern", "cuen", "d%C3%A9l" }
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

request = function()
  return wrk.format("GET", "/api/fiches?q=" .. prefixes[math.random(#prefixes)] .. "&pageSize=20", headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
