#!/usr/bin/env bash
# Benchmarks faq-gateway on loopback with persistence on: wrk POSTs signed webhooks (one text
# message each, unique ids, 5,000 senders, the three numbers), each handled by the bot and committed
# with its reply in the outbox before the 200; a fake Graph API (Python) takes the sends.
# Prints wrk's figures (webhooks/s, latency percentiles), what the database holds, and how fast the
# outbox drained afterwards (paced by the Cloud API's ~80 messages/s per number).
#
#   Benchmarks/Gateway/run.sh                         15 s, 32 connections
#   FAQBENCH_DURATION=30 FAQBENCH_CONNECTIONS=64 Benchmarks/Gateway/run.sh
#
# Needs wrk and sqlite3 (Debian: apt-get install wrk sqlite3). Builds faq-gateway and faq-admin in
# release mode at the repository root (.build/release).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
duration="${FAQBENCH_DURATION:-15}"
connections="${FAQBENCH_CONNECTIONS:-32}"
threads=2
gateway_port="${FAQBENCH_GATEWAY_PORT:-18081}"
fake_port="${FAQBENCH_FAKE_PORT:-18082}"
secret="bench-secret"

swift build -c release --package-path "$repo" --product faq-gateway >/dev/null
swift build -c release --package-path "$repo" --product faq-admin >/dev/null
bin="$repo/.build/release"
work="$(mktemp -d)"
cleanup() {
  [ -n "${gateway_pid:-}" ] && kill "$gateway_pid" 2>/dev/null || true
  [ -n "${fake_pid:-}" ] && kill "$fake_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/faq-admin" import "$repo/Knowledge/faq.md" --db "$work/faq.sqlite" 2>/dev/null | tail -1
python3 "$here/make-webhooks.py" --count $((duration * 6000)) --secret "$secret" --out "$work/bodies.tsv"

python3 "$here/fake-graph-api.py" "$fake_port" &
fake_pid=$!
WHATSAPP_APP_SECRET="$secret" WHATSAPP_VERIFY_TOKEN=bench WHATSAPP_ACCESS_TOKEN=bench \
WHATSAPP_CHANNELS="1110001=mexicali,2220002=tijuana,3330003=ensenada" \
WHATSAPP_API_BASE_URL="http://127.0.0.1:$fake_port" FAQ_DB="$work/faq.sqlite" PORT="$gateway_port" LOG_LEVEL=warning \
  "$bin/faq-gateway" &
gateway_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$gateway_port/healthz" >/dev/null && break; sleep 0.1; done

echo "== wrk: ${duration} s, $connections connections, $threads threads (machine: $(nproc) cores)"
FAQBENCH_BODIES="$work/bodies.tsv" FAQBENCH_THREADS=$threads \
  wrk -t$threads -c"$connections" -d"${duration}s" --latency -s "$here/webhooks.lua" "http://127.0.0.1:$gateway_port/webhook"

metric() { curl -s "http://127.0.0.1:$gateway_port/metrics" | awk -v name="$1" '$1 == name {print $2}'; }
echo "== after the load"
echo "webhooks answered 200: $(metric 'gateway_webhooks_total{result="ok"}')"
echo "messages stored: $(sqlite3 "$work/faq.sqlite" 'SELECT count(*) FROM message')"
echo "outbox rows: $(sqlite3 "$work/faq.sqlite" "SELECT group_concat(status || ' ' || n, ', ') FROM (SELECT status, count(*) n FROM outbox GROUP BY status)")"
start_sent=$(sqlite3 "$work/faq.sqlite" "SELECT count(*) FROM outbox WHERE status = 'sent'")
sleep 10
end_sent=$(sqlite3 "$work/faq.sqlite" "SELECT count(*) FROM outbox WHERE status = 'sent'")
echo "outbox drain: $(( (end_sent - start_sent) / 10 )) sends/s over 10 s (3 numbers at ~80/s each)"
echo "send latency (fake API on loopback): $(curl -s "http://127.0.0.1:$gateway_port/metrics" | grep -E '^gateway_send_duration_seconds_(sum|count)' | awk '{print $2}' | paste -sd' ' | awk '{ if ($2 > 0) printf "%.2f ms mean over %d sends", 1000 * $1 / $2, $2 }')"
echo "integrity: $(sqlite3 "$work/faq.sqlite" 'PRAGMA integrity_check')"
echo "gateway memory: $(awk '/VmHWM/ {printf "%.0f MB peak RSS", $2 / 1024}' /proc/$gateway_pid/status)"
