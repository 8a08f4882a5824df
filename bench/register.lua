-- wrk script: each request registers another person (bench/registrants.py opened their sessions),
-- so every POST goes through the locked registration and queues its mail. The threads share the
-- people out so that nobody registers twice: run it with `-- <number of threads> <first person>`
-- (each run starts further on the list, so no one registers twice across runs either).
dofile("var/bench/registrants.lua")
dofile("bench/report.lua")

local created = 0
function setup(thread)
  thread:set("id", created)
  created = created + 1
end

local counter, threads, first = 0, 1, 0
function init(args)
  threads = tonumber(args[1]) or 1
  first = tonumber(args[2]) or 0
end

request = function()
  local index = first + counter * threads + (id or 0)
  counter = counter + 1
  local cookie = registrants[(index % #registrants) + 1]
  return wrk.format("POST", nil, {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "csrfmiddlewaretoken=" .. csrf_token)
end
