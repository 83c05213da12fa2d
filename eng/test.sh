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

echo "== tests"
dotnet test SecretsAnalyzers.sln -c Release --no-build -nologo -v:q --logger "console;verbosity=minimal"

echo "== sample trading bot against the packed package"
bash eng/check-sample.sh
echo "== all checks passed"
