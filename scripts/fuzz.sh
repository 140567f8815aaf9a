#!/usr/bin/env bash
# Build and run one libFuzzer target over PolicyText.
#   scripts/fuzz.sh --list              the targets
#   scripts/fuzz.sh TARGET SECONDS      fuzz TARGET for SECONDS (seed corpus: Corpus/ and the tests' fixtures)
# Findings are written to fuzz-out/TARGET/ (crash-*, leak-*, timeout-*, oom-*); each one becomes a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH=/opt/swift/usr/bin:$PATH
targets=(pipeline decode docx recognize extract tokenize)

if [[ ${1:-} == --list || $# -lt 2 ]]; then
  printf '%s\n' "${targets[@]}"
  [[ ${1:-} == --list ]] && exit 0 || exit 2
fi
target=$1 seconds=$2
[[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target $target; see --list" >&2; exit 2; }

cd "$root/Fuzz"
# SwiftPM keeps the parent package's file list in its build manifest and misses files added since; drop it.
rm -f .build/*.yaml
swift build -c release --product FuzzPipeline 2>&1 \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
binary=$(swift build -c release --product FuzzPipeline --show-bin-path)/FuzzPipeline

out=$root/fuzz-out/$target
mkdir -p "$out/corpus"
# Seed corpus: the bundled documents, cut into pieces small enough to mutate quickly.
find "$root/Corpus" -maxdepth 1 -type f -name '*.txt' -exec split -b 2048 {} "$out/corpus/seed-" \;
# No allocation stack traces: they cost a quarter of every execution; a finding is re-run to see its stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
POLICYTEXT_FUZZ_TARGET=$target "$binary" "$out/corpus" -max_total_time="$seconds" -max_len=8192 \
  -artifact_prefix="$out/" -print_final_stats=1 2>&1 | tee "$out/last-run.log" | grep -E "stat::|ERROR|crash|Done" || true
if compgen -G "$out/crash-*" >/dev/null || compgen -G "$out/leak-*" >/dev/null \
  || compgen -G "$out/timeout-*" >/dev/null || compgen -G "$out/oom-*" >/dev/null; then
  echo "findings in $out (crash-*, leak-*, timeout-*, oom-*): turn each into a regression test, then remove it" >&2
  exit 1
fi
