#!/usr/bin/env bash
# Runs every analyzer over public trading code fetched outside the repository and compares the findings with the
# reviewed list eng/real-code/expected.tsv (repo, commit, file, line, rule, verdict, reason).
#   bash eng/real-code-check.sh /work/realcode/JKorf+Binance.Net /work/realcode/jjxtra+ExchangeSharp ...
# Each folder is one repository, extracted with `git archive`; its name (owner+name) is the repo column.
# Prints new (unreviewed) findings, true findings no longer reported, analyzer crashes and per-family precision;
# writes all findings to artifacts/real-code/findings.tsv. Exit code 1 when anything needs review.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
[ "$#" -gt 0 ] || { echo "usage: $0 <folder>..." >&2; exit 2; }
mkdir -p "$ARTIFACTS/real-code"
dotnet build eng/RealCodeCheck/RealCodeCheck.csproj -c Release -nologo -v:q >/dev/null
dotnet eng/RealCodeCheck/bin/Release/net10.0/RealCodeCheck.dll \
  --expected eng/real-code/expected.tsv --out "$ARTIFACTS/real-code/findings.tsv" "$@"
