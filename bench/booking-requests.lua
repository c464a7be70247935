-- Requests for bench/booking: POST /api/events/{id}/bookings with the booking desk key and a new
-- email address each time, spread over the events in BOOKING_EVENTS (comma-separated ids). Only 201
-- (booked) answers count as bookings; any other answer is counted as a failure.
local events = {}
for id in string.gmatch(os.getenv("BOOKING_EVENTS") or "", "[^,]+") do
  events[#events + 1] = id
end
local run = os.getenv("BOOKING_RUN") or "run"
local desk = os.getenv("BOOKING_DESK") or ""
local threads = {}
local thread_number = 0

setup = function(thread)
  thread_number = thread_number + 1
  thread:set("me", thread_number)
  threads[#threads + 1] = thread
end

local n = 0
booked = 0
refused = 0

request = function()
  n = n + 1
  local body = string.format('{"name":"Bench Person","email":"%s-%d-%d@example.org"}', run, me, n)
  return wrk.format("POST", "/api/events/" .. events[(n % #events) + 1] .. "/bookings",
    { ["Content-Type"] = "application/json", ["Authorization"] = desk }, body)
end

response = function(status, headers, body)
  if status == 201 then
    booked = booked + 1
  else
    refused = refused + 1
  end
end

done = function(summary, latency, requests)
  local ok, failed = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("booked")
    failed = failed + thread:get("refused")
  end
  failed = failed + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.3f %d %.1f %.1f %.1f\n", ok, summary.duration / 1e6, failed,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
