#!/usr/bin/env bash
# Segmentation next to its peers, in one run on this machine: raw ICU, jieba and rjieba (../shared/tools/peers.sh)
# and `policytext segment`, on the same file; prints each one's median time and PolicyText's speed ratio to each.
#   Benchmarks/peers.sh [FILE]         default: a 10 MB file made from ../shared/corpus (national + provincial-2026)
#   Benchmarks/peers.sh --accuracy     SIGHAN 2005 PKU/MSR F1 of the same peers and of policytext segment
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools=$root/../shared/tools
[[ -x $tools/peers.sh || -f $tools/peers.sh ]] || { echo "needs ../shared/tools/peers.sh" >&2; exit 2; }
export PATH=/opt/swift/usr/bin:$PATH
(cd "$root" && swift build -c release --product policytext >&2)
mine="$root/.build/release/policytext segment"
[[ -x ${PEERS_DIR:-/tmp/policytext-peers}/icu_segment ]] || bash "$tools/peers.sh" setup >&2

if [[ ${1:-} == --accuracy ]]; then
  bash "$tools/peers.sh" accuracy "$mine"
  exit
fi

file=${1:-}
if [[ -z $file ]]; then
  file=/tmp/policytext-peers-10mb.txt
  if [[ ! -s $file ]]; then
    all=$(mktemp)
    find "$root/../shared/corpus/national" "$root/../shared/corpus/provincial-2026" -name '*.txt' -print0 | sort -z | xargs -0 cat > "$all"
    : > "$file"
    while (( $(stat -c %s "$file") < 10000000 )); do cat "$all" >> "$file"; done
    rm -f "$all"
  fi
fi
echo "file: $file ($(stat -c %s "$file") bytes); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
bash "$tools/peers.sh" speed "$file" "$mine" | tee /tmp/policytext-peers-speed.txt
awk '{ t[$1] = $3 } END {
  printf "policytext segment: %.2fx the speed of rjieba (no HMM), %.2fx jieba (no HMM), %.2fx raw ICU\n",
         t["rjieba-nohmm"] / t["mine"], t["jieba-nohmm"] / t["mine"], t["icu"] / t["mine"] }' /tmp/policytext-peers-speed.txt
/usr/bin/time -f "policytext segment peak memory: %M KB" $mine < "$file" > /dev/null
