#!/usr/bin/env bash
# CI check of the packed package in a real build: each sample reports exactly its expected diagnostics (with no value
# leaked into messages or SARIF), and the fixed twin builds clean with -warnaserror. Every line says which sample it is
# about: "sample <name>: …".
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

pack_package >/dev/null
checker=(dotnet run --project "$ROOT/eng/SampleCheck/SampleCheck.csproj" -c Release --)

# check_sample <name> verify|clean [build args…]: builds samples/<name> from scratch against the packed package, writes
# artifacts/<name>.sarif and artifacts/sample-<name>-build.log, and checks the SARIF log.
check_sample() {
  local name="$1" mode="$2"; shift 2
  local sarif="$ARTIFACTS/$name.sarif" log="$ARTIFACTS/sample-$name-build.log"
  echo "sample $name: building against SecretsAnalyzers $LOCAL_VERSION ($mode)"
  if ! build_sample "$ROOT/samples/$name" "$log" -p:ErrorLog="$sarif%2Cversion=2.1" "$@"; then
    echo "sample $name: build failed (log: artifacts/sample-$name-build.log):"
    grep -E "error|warning" "$log" | head -20 | sed "s/^/sample $name:   /"
    exit 1
  fi
  local args=("$mode" "$sarif" "$ROOT/samples/$name")
  [ "$mode" = verify ] && args+=("$ROOT/samples/$name/expected")
  "${checker[@]}" "${args[@]}" | sed "s/^/sample $name: /"
}

check_sample TradingBot verify

# SignalBot's .gitignore lists .env: a .env written here holds a key in a real format, and EXK105 must not report it
# (the package hands the repository's .gitignore files to the analyzers). Its expected list has no EXK105.
signal_env="$ROOT/samples/SignalBot/.env"
[ -e "$signal_env" ] && { echo "sample SignalBot: $signal_env exists; remove it first"; exit 1; }
trap 'rm -f "$signal_env"' EXIT
printf 'BINANCE_API_SECRET=FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb\n' >"$signal_env"
check_sample SignalBot verify
rm -f "$signal_env"

check_sample TradingBot.Clean clean -warnaserror

# The baseline in the build: secrets-scan records the sample's findings, the package's targets hand that file to the
# BaselineSuppressor, and the rebuilt sample shows only the rules whose default severity is Error (Roslyn never lets a
# suppressor hide those); every other finding is suppressed.
baseline="$ARTIFACTS/TradingBot.secrets-baseline.json"
dotnet run --project "$ROOT/src/SecretsAnalyzers.Cli/SecretsAnalyzers.Cli.csproj" -c Release -- \
  "$ROOT/samples/TradingBot" --quiet --format json --output "$ARTIFACTS/TradingBot.scan.json" --write-baseline "$baseline"
build_sample "$ROOT/samples/TradingBot" "$ARTIFACTS/sample-baseline-build.log" -p:SecretsAnalyzersBaseline="$baseline" \
  || { echo "sample TradingBot: build with a baseline failed (log: artifacts/sample-baseline-build.log)"; exit 1; }
left="$(grep -oE "warning EXK[0-9]+" "$ARTIFACTS/sample-baseline-build.log" | awk '{print $2}' | sort -u | tr '\n' ' ')"
if [ "$left" != "EXK101 EXK104 EXK203 " ]; then
  echo "sample TradingBot: baseline build: expected only EXK101 EXK104 EXK203 to remain, got: $left"; exit 1
fi
echo "sample TradingBot: baseline build: every suppressible finding suppressed; left (errors by default): $left"
