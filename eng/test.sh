#!/usr/bin/env bash
# The whole test suite: warnings-as-errors build, unit/analyzer/code-fix/hardening tests, package layout,
# and the packed package in a real build of the sample trading bot (expected findings + clean twin).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

echo "== build (warnings as errors)"
dotnet build SecretsAnalyzers.sln -c Release -warnaserror -nologo -v:q

echo "== pack"
export SECRETSANALYZERS_PACKAGE="$(pack_package)"
echo "$SECRETSANALYZERS_PACKAGE"
export SECRETSANALYZERS_TOOL_PACKAGE="$(pack_tool)"
echo "$SECRETSANALYZERS_TOOL_PACKAGE"

echo "== tests"
mkdir -p "$ARTIFACTS"
set +e
dotnet test SecretsAnalyzers.sln -c Release --no-build -nologo -v:q --logger "console;verbosity=minimal" | tee "$ARTIFACTS/test.log"
test_status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE "Passed: +[0-9]+" "$ARTIFACTS/test.log" | grep -oE "[0-9]+" | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$ARTIFACTS/test.log" | grep -oE "[0-9]+" | awk '{s+=$1} END {print s+0}')
echo "tests: $passed passed, $failed failed"
[ "$test_status" -eq 0 ] && [ "$passed" -gt 0 ] || { echo "== tests failed"; exit 1; }

echo "== sample trading bot against the packed package"
bash eng/check-sample.sh
echo "== all checks passed"
