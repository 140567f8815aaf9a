#!/usr/bin/env bash
# Regenerates Sources/PolicyText/Resources/lexicon-learned.txt with LexiconLearner (default options) over the
# public-domain documents in ../shared/corpus (national, provincial-2026, laws).
# Until the CLI's `policytext lexicon learn PATH…` exists, the learner runs through a test-only runner
# (SegmentLexiconLearnRunner, enabled by POLICYTEXT_LEARN_OUT). Release mode: about a minute; debug: a few.
#   scripts/lexicon/learn.sh [-c debug|release]
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH=/opt/swift/usr/bin:$PATH
config=release
if [[ ${1:-} == -c ]]; then config=${2:?usage: learn.sh [-c debug|release]}; fi
POLICYTEXT_LEARN_OUT="$PWD/Sources/PolicyText/Resources/lexicon-learned.txt" \
POLICYTEXT_LEARN_PATHS="corpus/national corpus/provincial-2026 corpus/laws" \
  swift test -c "$config" --filter SegmentLexiconLearnRunner
