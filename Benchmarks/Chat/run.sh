#!/usr/bin/env bash
# Throughput of `faq-admin chat --json` (release build) on a fresh database holding Knowledge/:
# N messages from S senders in turn (one JSON line each), piped in at once; prints messages/s for the
# whole process (start, knowledge load, every message stored, every decision written) and the actions.
#
#   Benchmarks/Chat/run.sh                              16,000 messages, 8,000 senders (two each)
#   FAQBENCH_MESSAGES=50000 FAQBENCH_SENDERS=1 Benchmarks/Chat/run.sh
#
# Needs python3 (standard library). Builds faq-admin in release mode at the repository root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
messages="${FAQBENCH_MESSAGES:-16000}"
senders="${FAQBENCH_SENDERS:-8000}"

swift build -c release --package-path "$repo" --product faq-admin >/dev/null
bin="$repo/.build/release/faq-admin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" import "$repo/Knowledge/faq.md" --db "$work/faq.sqlite" >/dev/null 2>&1
python3 - "$messages" "$senders" "$here/../Scripts/bench-questions.txt" > "$work/in.jsonl" <<'PY'
import json, sys
count, senders = int(sys.argv[1]), int(sys.argv[2])
texts = [line.strip() for line in open(sys.argv[3], encoding="utf-8") if line.strip() and not line.startswith("#")]
for i in range(count):
    sender = i % senders
    print(json.dumps({"id": f"wamid.CHAT{i:08d}", "from": f"52166400{sender:05d}",
                      "text": texts[(i // senders + sender) % len(texts)], "channel": "tijuana"}))
PY
start=$(date +%s.%N)
"$bin" chat --json --db "$work/faq.sqlite" < "$work/in.jsonl" > "$work/out.jsonl"
end=$(date +%s.%N)
lines=$(wc -l < "$work/out.jsonl")
python3 - "$work/out.jsonl" "$start" "$end" "$messages" "$senders" <<'PY'
import collections, json, sys
path, start, end, messages, senders = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
actions = collections.Counter(json.loads(line).get("action", "error") for line in open(path))
seconds = end - start
print(f"{messages} messages from {senders} senders in {seconds:.2f} s: {messages / seconds:,.0f} msg/s (whole process)")
print("actions: " + ", ".join(f"{k} {v}" for k, v in sorted(actions.items())))
PY
echo "output lines: $lines"
