#!/usr/bin/env bash
# Run the test suite under AddressSanitizer and ThreadSanitizer (each in its own build folder).
#   scripts/sanitizers.sh [address|thread]...     default: both
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH=/opt/swift/usr/bin:$PATH
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1"
for sanitizer in "${@:-address thread}"; do
  for s in $sanitizer; do
    echo "== swift test --sanitize=$s"
    swift test --sanitize="$s" --scratch-path ".build-$s"
  done
done
