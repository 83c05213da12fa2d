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
