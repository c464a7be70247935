-- Requests for bench/directory. WRK_PATHS is a path (e.g. a static file), or "pages" / "json" for a
-- rotation of directory searches like members make: words, filters, pages, sorting.
local searches = {
  "q=bristol", "type=community", "type=community&region=SOUTH_WEST", "q=BS40", "authority=Kent",
  "region=NORTH_WEST&status=OPEN", "q=community&sort=REGION", "type=CRL&page=3", "q=library&page=5",
  "status=CLOSED&sort=AUTHORITY", "q=leeds&type=LAL", "region=LONDON&page=2"
}
local mode = os.getenv("WRK_PATHS") or "/"
local n = 0

request = function()
  n = n + 1
  local search = searches[(n % #searches) + 1]
  if mode == "pages" then
    return wrk.format("GET", "/libraries.xhtml?" .. search)
  elseif mode == "json" then
    return wrk.format("GET", "/api/libraries?page=1&" .. search)
  end
  return wrk.format("GET", mode)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.1f %.1f %.1f %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
