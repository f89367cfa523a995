#!/usr/bin/env bash
# Runs turbo for the root scripts. pnpm sets pnpm_config_verify_deps_before_run
# to the string "false" for the scripts it starts; the pnpm runs that turbo starts
# in each package read that string as true and check the workspace state file,
# all at once, racing on it ("Unexpected end of JSON input"). Unset, the check is
# off, as pnpm's default intends.
unset pnpm_config_verify_deps_before_run npm_config_verify_deps_before_run
export TURBO_TELEMETRY_DISABLED=1
exec "$(dirname "$0")/../../node_modules/.bin/turbo" "$@"
