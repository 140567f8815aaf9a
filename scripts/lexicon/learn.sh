#!/usr/bin/env bash
# Regenerates Sources/PolicyText/Resources/lexicon-learned.txt with `policytext lexicon learn` (LexiconLearner,
# default options) over the public-domain documents in ../shared/corpus (national, provincial-2026, laws).
# The command it runs is the one lexicon-README.md names; about half a minute after the release build.
#   scripts/lexicon/learn.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH=/opt/swift/usr/bin:$PATH
swift build -c release --product policytext
.build/release/policytext lexicon learn ../shared/corpus/national ../shared/corpus/provincial-2026 \
  ../shared/corpus/laws -o Sources/PolicyText/Resources/lexicon-learned.txt
