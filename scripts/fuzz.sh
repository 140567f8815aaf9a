#!/usr/bin/env bash
# Build and run one libFuzzer target over PolicyText.
#   scripts/fuzz.sh --list                          the targets
#   scripts/fuzz.sh [OPTIONS] TARGET SECONDS        fuzz TARGET for at most SECONDS
# Options:
#   --runs N       stop after N executions (SECONDS still caps the run)
#   --max-len N    longest input libFuzzer builds, in bytes (default 8192)
#   --no-asan      coverage instrumentation only: Swift's own checks (bounds, overflow, preconditions) still trap,
#                  memory errors inside the C bridges go unseen; 3-4x more executions a second for long campaigns
# Seed corpus: Corpus/ as 2 KB pieces, other encodings, HTML and .docx (scripts/fuzz_seeds.py); the corpus grows in
# fuzz-out/TARGET/corpus and is kept between runs.
# Findings are written to fuzz-out/TARGET/ (crash-*, leak-*, timeout-*, oom-*) and fail the script; each one becomes
# a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH=/opt/swift/usr/bin:$PATH
targets=(pipeline decode docx recognize extract tokenize)

runs=-1 max_len=8192 sanitizers=fuzzer,address
while [[ ${1:-} == --* ]]; do
  case $1 in
    --list) printf '%s\n' "${targets[@]}"; exit 0 ;;
    --runs) runs=$2; shift 2 ;;
    --max-len) max_len=$2; shift 2 ;;
    --no-asan) sanitizers=fuzzer; shift ;;
    *) echo "unknown option $1; see the head of $0" >&2; exit 2 ;;
  esac
done
if [[ $# -lt 2 ]]; then
  printf '%s\n' "${targets[@]}"
  exit 2
fi
target=$1 seconds=$2
[[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target $target; see --list" >&2; exit 2; }

cd "$root/Fuzz"
# One scratch folder per instrumentation, so switching between them does not rebuild everything.
scratch=.build-${sanitizers/,/-}
# SwiftPM keeps the parent package's file list in its build manifest and misses files added since; drop it.
rm -f "$scratch"/*.yaml
swift build -c release --scratch-path "$scratch" --product FuzzPipeline 2>&1 \
  -Xswiftc -sanitize=$sanitizers -Xswiftc -parse-as-library -Xcc -fsanitize=${sanitizers/fuzzer/fuzzer-no-link} \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
binary=$(swift build -c release --scratch-path "$scratch" --product FuzzPipeline --show-bin-path)/FuzzPipeline

out=$root/fuzz-out/$target
mkdir -p "$out/corpus"
# Seed corpus: the bundled documents cut into pieces small enough to mutate quickly, and for the byte-level
# targets the same text in other encodings, as HTML pages and as .docx archives (scripts/fuzz_seeds.py).
python3 "$root/scripts/fuzz_seeds.py" "$target" "$out/corpus" "$root/Corpus"
# No allocation stack traces: they cost a quarter of every execution; a finding is re-run to see its stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
echo "fuzz $target: $sanitizers, max_len $max_len, at most $seconds s and $runs runs (-1: no limit)" >&2
POLICYTEXT_FUZZ_TARGET=$target "$binary" "$out/corpus" -max_total_time="$seconds" -runs="$runs" -max_len="$max_len" \
  -artifact_prefix="$out/" -print_final_stats=1 2>&1 | tee "$out/last-run.log" | grep -E "stat::|ERROR|crash|Done" || true
if compgen -G "$out/crash-*" >/dev/null || compgen -G "$out/leak-*" >/dev/null \
  || compgen -G "$out/timeout-*" >/dev/null || compgen -G "$out/oom-*" >/dev/null; then
  echo "findings in $out (crash-*, leak-*, timeout-*, oom-*): turn each into a regression test, then remove it" >&2
  exit 1
fi
