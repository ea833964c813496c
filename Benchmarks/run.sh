#!/usr/bin/env bash
# Generates the benchmark data, builds, and runs every benchmark of the bot core,
# printing the figures (also saved under Benchmarks/.data/results/).
#
#   Benchmarks/run.sh                      everything (about 45 minutes; the 100,000-entry import alone ~12)
#   FAQBENCH_SIZES="1000 10000" Benchmarks/run.sh     only these generated sizes
#   FAQBENCH_SKIP_ORDO=1 Benchmarks/run.sh            only the faq-bench figures (no `swift package benchmark`)
#   FAQBENCH_FILTER='Decide.*' Benchmarks/run.sh      only the ordo-one benchmarks matching the regex
#   FAQBENCH_REIMPORT=1 Benchmarks/run.sh             import again even when the database is up to date
#   FAQBENCH_FULL_IMPORT_LIMIT=10000 Benchmarks/run.sh
#       sizes up to this one get the real import (KnowledgeImporter; default 100000, i.e. all: the
#       100,000-entry import takes about 12 minutes); larger ones are written by
#       `faq-bench import-without-fit`, which reuses the largest fully imported base's fitted model
#   FAQBENCH_TRY_FULL_IMPORT=1 Benchmarks/run.sh
#       also attempt the real import of the largest size once, capped at FAQBENCH_IMPORT_TIMEOUT seconds
#       (default 1800) and FAQBENCH_IMPORT_MEMORY_GB of address space (default 12), and report how far it got
#
# Builds only inside Benchmarks/ (its own .build); never at the repository root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
data="$here/.data"
results="$data/results"
sizes="${FAQBENCH_SIZES:-1000 10000 100000}"
bench="$here/.build/release/faq-bench"
mkdir -p "$data" "$results"
export FAQBENCH_ROOT="$here"
export FAQBENCH_DEV_TSV="${FAQBENCH_DEV_TSV:-$repo/../shared/eval/dev.tsv}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
log="$results/run-$stamp.txt"

say() { printf '\n== %s\n' "$*" | tee -a "$log"; }
# Drops the bot's info log lines ("knowledge loaded") from a command's output.
quiet() { grep -v ' info mx.gob.pjbc' || true; }
# Runs a command, printing and logging its output.
run() { "$@" 2>&1 | quiet | tee -a "$log"; }

say "machine"
{
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "kernel: $(uname -r)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "commit: ${FAQBENCH_COMMIT:-$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$repo" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')}"
} | tee -a "$log"

say "generate knowledge bases ($sizes)"
generator="$here/Scripts/generate-knowledge.py"
generator_hash="$(sha256sum "$generator" | cut -c1-16)"
for n in $sizes; do
    out="$data/kb-$n"
    if [[ -f "$out/faq.md" && "$(cat "$out/.generator" 2>/dev/null)" == "$generator_hash" ]]; then
        echo "kb-$n: up to date" | tee -a "$log"
    else
        /usr/bin/time -f "kb-$n generated in %e s" python3 "$generator" --entries "$n" --out "$out" \
            --knowledge-dir "$repo/Knowledge" 2>&1 | tee -a "$log"
        echo "$generator_hash" > "$out/.generator"
        rm -f "$out/faq.sqlite" "$out/faq.sqlite-wal" "$out/faq.sqlite-shm"
    fi
done

say "build (release, Benchmarks/.build)"
run swift build -c release --package-path "$here"

say "import (once per size, timed; the databases are what the decision benchmarks serve)"
# Each import parses and validates the file with the project's parser first and stops on any
# error (unique ids, no variant repeated across entries); an already imported size is validated.
mkdir -p "$data/shipped"
"$bench" import "$repo/Knowledge/faq.md" "$data/shipped/faq.sqlite" 2>&1 | quiet | tee -a "$log"
full_limit="${FAQBENCH_FULL_IMPORT_LIMIT:-100000}"
fitted=""
for n in $sizes; do
    db="$data/kb-$n/faq.sqlite"
    if [[ -z "${FAQBENCH_REIMPORT:-}" && -f "$db" && "$db" -nt "$data/kb-$n/faq.md" ]]; then
        echo "kb-$n: already imported ($db); FAQBENCH_REIMPORT=1 to import again" | tee -a "$log"
        [[ -f "$data/kb-$n/import.txt" ]] && cat "$data/kb-$n/import.txt" | tee -a "$log"
        run "$bench" validate "$data/kb-$n/faq.md"
    elif (( n <= full_limit )) || [[ -z "$fitted" ]]; then
        "$bench" import "$data/kb-$n/faq.md" "$db" 2>&1 | quiet | tee "$data/kb-$n/import.txt" | tee -a "$log"
    else
        "$bench" import-without-fit "$data/kb-$n/faq.md" "$db" --model-from "$fitted" 2>&1 | quiet \
            | tee "$data/kb-$n/import.txt" | tee -a "$log"
    fi
    (( n <= full_limit )) && fitted="$db"
done

if [[ -n "${FAQBENCH_TRY_FULL_IMPORT:-}" ]]; then
    largest="$(printf '%s\n' $sizes | sort -n | tail -1)"
    say "real import of kb-$largest (capped: ${FAQBENCH_IMPORT_TIMEOUT:-1800} s, ${FAQBENCH_IMPORT_MEMORY_GB:-12} GiB)"
    set +e
    /usr/bin/time -f "elapsed %e s, peak RSS %M KiB, exit %x" \
        timeout "${FAQBENCH_IMPORT_TIMEOUT:-1800}" \
        prlimit --as=$(( ${FAQBENCH_IMPORT_MEMORY_GB:-12} * 1024 * 1024 * 1024 )) \
        "$bench" import "$data/kb-$largest/faq.md" "$data/kb-$largest/full-import.sqlite" 2>&1 | quiet \
        | tee "$data/kb-$largest/full-import.txt" | tee -a "$log"
    set -e
    rm -f "$data/kb-$largest/full-import.sqlite"*
fi

say "serving process: memory (VmRSS) and decision latency per message"
# Generated bases: their own paraphrases interleaved with dev.tsv (every message, at every size).
limit_for() { echo 100000; }
run "$bench" serve "$data/shipped/faq.sqlite" --dev --rounds 20
for n in $sizes; do
    run "$bench" serve "$data/kb-$n/faq.sqlite" --messages "$data/kb-$n/mensajes.txt" --dev --rounds 1 \
        --limit "$(limit_for "$n")"
done

say "stages of a decision, timed separately"
run "$bench" stages "$data/shipped/faq.sqlite" --dev --rounds 20
for n in $sizes; do
    run "$bench" stages "$data/kb-$n/faq.sqlite" --messages "$data/kb-$n/mensajes.txt" --dev --rounds 1 \
        --limit "$(limit_for "$n")"
done

say "ChatBot.handle with persistence (fresh temporary database each; bot log at warning)"
for c in 1 8 64; do FAQ_LOG_LEVEL=warning run "$bench" handle --conversations "$c" --messages 16000; done
say "ChatBot.handle, with the bot's info line per message (standard error to a file, as a service would log)"
for c in 1 8 64; do
    FAQ_LOG_LEVEL=info "$bench" handle --conversations "$c" --messages 16000 2>"$data/handle-info.log" | tee -a "$log"
done

if [[ -z "${FAQBENCH_SKIP_ORDO:-}" ]]; then
    say "ordo-one benchmarks (swift package benchmark)"
    filter=()
    [[ -n "${FAQBENCH_FILTER:-}" ]] && filter=(--filter "$FAQBENCH_FILTER")
    (cd "$here" && FAQBENCH_SIZES="$sizes" swift package benchmark --no-progress "${filter[@]}") 2>&1 \
        | tee "$results/ordo-$stamp.txt" | tee -a "$log"
fi

say "done: $log"
