#!/usr/bin/env bash
# Side-by-side: SpamAssassin (Debian package, local tests only: -L, no network
# rules, shipped rule set) and Minuku on the same corpus converted to .eml.
#   bench/spamassassin/compare.sh [corpus.jsonl]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$(cd "$(dirname "${1:-$root/../shared/corpus/dev.jsonl}")" && pwd)/$(basename "${1:-dev.jsonl}")"
work="$root/target/sa-compare"
rm -rf "$work" && mkdir -p "$work/eml"
command -v spamassassin >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq spamassassin; }
python3 "$root/bench/spamassassin/corpus_to_eml.py" "$corpus" "$work/eml"
echo "== SpamAssassin $(spamassassin -V | head -1 | awk '{print $3}') -L (required score 5.0) =="
printf '%-28s %-6s %6s  %s\n' file label score rules > "$work/sa.txt"
for f in "$work"/eml/*.eml; do
  status=$(spamassassin -L < "$f" 2>/dev/null | tr -d '\r' | awk '/^X-Spam-Status:/{p=1} p&&/^[^ \t]/&&!/^X-Spam-Status:/{p=0} p' | tr -d '\n\t')
  score=$(sed -n 's/.*score=\([-0-9.]*\).*/\1/p' <<<"$status")
  tests=$(sed -n 's/.*tests=\([^ ]*\).*/\1/p' <<<"$status")
  b=$(basename "$f" .eml)
  printf '%-28s %-6s %6s  %s\n' "$b" "${b%%-*}" "$score" "$tests" >> "$work/sa.txt"
done
awk 'NR>1{n[$2]++; if ($3>=5.0) s[$2]++} END{
  printf "phishing flagged (score >= 5): %d/%d = %.1f%%\n", s["phish"], n["phish"], 100*s["phish"]/n["phish"];
  printf "genuine flagged (score >= 5):  %d/%d = %.1f%%\n", s["legit"], n["legit"], 100*s["legit"]/n["legit"] }' "$work/sa.txt"
echo "(per message: $work/sa.txt)"
echo
echo "== Minuku on the same .eml files =="
"$root/bin/evaluate" "$work/eml"
