#!/usr/bin/env bash
# CI check of the packed package in a real build: the sample reports exactly the expected diagnostics (with no value
# leaked into messages or SARIF), and its fixed twin builds clean with -warnaserror.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

pack_package >/dev/null
checker=(dotnet run --project "$ROOT/eng/SampleCheck/SampleCheck.csproj" -c Release --)

sarif="$ARTIFACTS/TradingBot.sarif"
build_sample "$ROOT/samples/TradingBot" "$ARTIFACTS/sample-build.log" -p:ErrorLog="$sarif%2Cversion=2.1" \
  || { echo "samples/TradingBot failed to build:"; grep -E "error" "$ARTIFACTS/sample-build.log" | head -20; exit 1; }
"${checker[@]}" verify "$sarif" "$ROOT/samples/TradingBot" "$ROOT/samples/TradingBot/expected"

signal_sarif="$ARTIFACTS/SignalBot.sarif"
build_sample "$ROOT/samples/SignalBot" "$ARTIFACTS/sample-signal-build.log" -p:ErrorLog="$signal_sarif%2Cversion=2.1" \
  || { echo "samples/SignalBot failed to build:"; grep -E "error" "$ARTIFACTS/sample-signal-build.log" | head -20; exit 1; }
"${checker[@]}" verify "$signal_sarif" "$ROOT/samples/SignalBot" "$ROOT/samples/SignalBot/expected"

clean_sarif="$ARTIFACTS/TradingBot.Clean.sarif"
build_sample "$ROOT/samples/TradingBot.Clean" "$ARTIFACTS/sample-clean-build.log" -warnaserror -p:ErrorLog="$clean_sarif%2Cversion=2.1" \
  || { echo "samples/TradingBot.Clean failed to build with -warnaserror:"; grep -E "error|warning" "$ARTIFACTS/sample-clean-build.log" | head -20; exit 1; }
"${checker[@]}" clean "$clean_sarif" "$ROOT/samples/TradingBot.Clean"

# The baseline in the build: secrets-scan records the sample's findings, the package's targets hand that file to the
# BaselineSuppressor, and the rebuilt sample shows only the rules whose default severity is Error (Roslyn never lets a
# suppressor hide those); every other finding is suppressed.
baseline="$ARTIFACTS/TradingBot.secrets-baseline.json"
dotnet run --project "$ROOT/src/SecretsAnalyzers.Cli/SecretsAnalyzers.Cli.csproj" -c Release -- \
  "$ROOT/samples/TradingBot" --quiet --format json --output "$ARTIFACTS/TradingBot.scan.json" --write-baseline "$baseline"
build_sample "$ROOT/samples/TradingBot" "$ARTIFACTS/sample-baseline-build.log" -p:SecretsAnalyzersBaseline="$baseline" \
  || { echo "samples/TradingBot failed to build with a baseline"; exit 1; }
left="$(grep -oE "warning EXK[0-9]+" "$ARTIFACTS/sample-baseline-build.log" | awk '{print $2}' | sort -u | tr '\n' ' ')"
if [ "$left" != "EXK101 EXK104 EXK203 " ]; then
  echo "baseline build: expected only EXK101 EXK104 EXK203 to remain, got: $left"; exit 1
fi
echo "baseline build: every suppressible finding of samples/TradingBot suppressed; left (errors by default): $left"
