-- wrk: posts entries of 2 to 4 lines (1 to 3 person lines on fiches of the sample file SAMPLE, the bank line
-- balancing them), dated in an open month of 2026.
local ids = {}
for line in io.lines(os.getenv("SAMPLE")) do ids[#ids + 1] = line end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json" }
local comptes = { "3630", "3631", "3632", "3633" }

request = function()
  local n = math.random(1, 3)
  local lignes, total = {}, 0
  for i = 1, n do
    local centimes = math.random(500, 250000)
    total = total + centimes
    lignes[i] = string.format('{"compte":"%s","debit":%d.%02d,"ficheId":"%s"}', comptes[math.random(#comptes)],
      math.floor(centimes / 100), centimes % 100, ids[math.random(#ids)])
  end
  lignes[n + 1] = string.format('{"compte":"1020","credit":%d.%02d}', math.floor(total / 100), total % 100)
  local body = string.format('{"date":"2026-%02d-%02d","libelle":"Versement bench","lignes":[%s]}',
    math.random(1, 10), math.random(1, 28), table.concat(lignes, ","))
  return wrk.format("POST", "/api/comptabilite/ecritures", headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
