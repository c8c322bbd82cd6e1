-- wrk: a typical write, creating a person (POST /api/fiches), each with its own name.
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json" }
local noms = { "Rochat", "Favre", "Müller", "Rossi", "Da Silva", "Krasniqi", "Perrin", "Bonvin" }
local compteur = 0

setup = function(thread)
  thread:set("graine", math.random(1000000))
end

request = function()
  compteur = compteur + 1
  local body = string.format('{"type":"personne","nom":"%s","prenom":"Bench%d-%d","dateNaissance":"1980-01-%02d"}',
    noms[math.random(#noms)], graine or 0, compteur, math.random(28))
  return wrk.format("POST", "/api/fiches", headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
