-- wrk: the journal des mutations of one entity ("module entite entiteId" lines of the SAMPLE file written by the seeder).
local cibles = {}
for line in io.lines(os.getenv("SAMPLE")) do
  local module, entite, id = line:match("(%S+) (%S+) (%S+)")
  cibles[#cibles + 1] = "/api/mutations?module=" .. module .. "&entite=" .. entite .. "&entiteId=" .. id
end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

request = function()
  return wrk.format("GET", cibles[math.random(#cibles)], headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
