-- wrk script: POSTs the signed bodies of bodies.tsv (make-webhooks.py: JSON, tab, signature per line), each once, the threads
-- taking turns so that no two requests carry the same message id.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  -- Read line by line: a single table literal of this size exceeds LuaJIT's constant limit.
  bodies = {}
  for line in io.lines(os.getenv("FAQBENCH_BODIES")) do
    local tab = line:find("\t", 1, true)
    bodies[#bodies + 1] = { line:sub(1, tab - 1), line:sub(tab + 1) }
  end
  sent = 0
end

request = function()
  local index = (sent * tonumber(os.getenv("FAQBENCH_THREADS")) + id) % #bodies + 1
  sent = sent + 1
  local entry = bodies[index]
  return wrk.format("POST", "/webhook",
    { ["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = entry[2] }, entry[1])
end
