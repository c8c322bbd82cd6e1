-- wrk: a typical write, creating a person (POST /api/fiches).
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json" }
local syllabes = { "ro", "cha", "fa", "vre", "mul", "ler", "ros", "si", "kra", "ni", "per", "rin", "bon", "vin", "da", "sil" }
local compteur = 0

setup = function(thread)
  thread:set("graine", math.random(1000000))
end

-- A new person each time (a name no other fiche has, a birth date spread over 80 years), so the duplicate
-- candidates computed on create stay as few as in real intake and the cost does not grow during the run.
local function nom()
  local parts = {}
  for i = 1, 4 do parts[i] = syllabes[math.random(#syllabes)] end
  return (table.concat(parts):gsub("^%l", string.upper))
end

request = function()
  compteur = compteur + 1
  local body = string.format('{"type":"personne","nom":"%s","prenom":"Bench%d-%d","dateNaissance":"%04d-%02d-%02d"}',
    nom(), graine or 0, compteur, math.random(1930, 2010), math.random(12), math.random(28))
  return wrk.format("POST", "/api/fiches", headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
