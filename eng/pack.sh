#!/usr/bin/env bash
# Packs SecretsAnalyzers into artifacts/packages as its own local version (0.1.0-local.<time>.<pid>) and prints the
# .nupkg path. Consume it from another project with artifacts/packages as a package source (README "Use a local build").
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pack_package
