#!/usr/bin/env bash
# The main job: pack SecretsAnalyzers, build the sample trading bot against the packed package exactly as a user
# would (PackageReference from the local folder source in nuget.config) and print what it finds.
# Exits 0: the sample's .editorconfig lowers its Errors to warnings. Add -warnaserror to fail on findings, as CI would:
#   bash eng/analyze-sample.sh -warnaserror
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

echo "Packing SecretsAnalyzers..."
pack_package
log="$ARTIFACTS/sample-build.log"
status=0
build_sample "$ROOT/samples/TradingBot" "$log" -p:ErrorLog="$ARTIFACTS/TradingBot.sarif%2Cversion=2.1" "$@" || status=$?
echo
echo "Findings in samples/TradingBot (id, file:line, severity, message):"
if [ -f "$ARTIFACTS/TradingBot.sarif" ]; then
  dotnet run --project "$ROOT/eng/SampleCheck/SampleCheck.csproj" -c Release -- report "$ARTIFACTS/TradingBot.sarif" "$ROOT/samples/TradingBot"
fi
echo "SARIF log: artifacts/TradingBot.sarif; build log: artifacts/sample-build.log"
if [ "$status" -ne 0 ]; then
  echo "The build failed (exit $status):"; grep -E "error" "$log" | grep -v "EXK" | head -20 || true
fi
exit "$status"
