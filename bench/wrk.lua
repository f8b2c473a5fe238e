-- wrk script of bench/run. Arguments after "--":
--   -H "Name: value"   adds a header to every request (If-None-Match for the conditional figure, the session's
--                      Cookie for the staff pages)
--   /path ...          requests these paths in turn instead of the URL's own path (search queries, warm-up)
--   --once N           with N connections: stops once each path has been answered (at most N requests more); wrk
--                      still divides by the whole duration, so bench/run gives requests/s by Little's law instead
-- done() prints one machine-readable line:
--   RESULT requests=N rps=R mean=MS p50=MS p95=MS p99=MS non2xx3xx=N connect=N read=N write=N timeout=N
-- with latencies in milliseconds; non2xx3xx counts answers with a status of 400 or more.

local requests = {}
local next_request = 0
local answered = 0

function init(args)
   local paths = {}
   local i = 1
   local once = false
   while i <= #args do
      if args[i] == "--once" then
         once = true
         i = i + 2
      elseif args[i] == "-H" then
         local name, value = string.match(args[i + 1] or "", "^([^:]+):%s*(.*)$")
         if not name then
            error("expected -H \"Name: value\", got " .. tostring(args[i + 1]))
         end
         wrk.headers[name] = value
         i = i + 2
      else
         table.insert(paths, args[i])
         i = i + 1
      end
   end
   -- wrk's own init has set the Host header, calls this function, then prepares the request for the URL's path.
   if #paths == 0 then
      -- The same request every time: without a request function wrk sends it without calling Lua at all.
      request = nil
   else
      for _, path in ipairs(paths) do
         table.insert(requests, wrk.format(nil, path))
      end
      if once then
         -- Defined only when wanted: wrk calls Lua for each response only when this function exists.
         response = function(status, headers, body)
            answered = answered + 1
            if answered >= #requests then
               wrk.thread:stop()
            end
         end
      end
   end
end

function request()
   next_request = next_request % #requests + 1
   return requests[next_request]
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local errors = summary.errors
   io.write(string.format(
      "RESULT requests=%d rps=%.1f mean=%.3f p50=%.3f p95=%.3f p99=%.3f non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.requests / seconds, latency.mean / 1000,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
