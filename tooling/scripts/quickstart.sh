#!/usr/bin/env bash
# One command on a fresh machine: install pnpm if missing, install the
# workspace, then run the main job (`pnpm start`).
set -euo pipefail
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile
exec pnpm start "$@"
