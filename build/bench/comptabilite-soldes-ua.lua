-- wrk: consolidated balances of allocation units picked from the dossiers file (SAMPLE) written by the ledger loader.
local ids = {}
for line in io.lines(os.getenv("SAMPLE")) do ids[#ids + 1] = line end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

request = function()
  return wrk.format("GET", "/api/comptabilite/unites-allocation/" .. ids[math.random(#ids)] .. "/soldes?date=2025-12-31", headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
