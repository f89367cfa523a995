# Sourced by quickstart.sh and .ci/run. Corepack fails its signature check
# against this machine's registry ("No compatible signature found"), so pnpm is
# installed with npm, at the version package.json declares.
if ! command -v pnpm >/dev/null 2>&1; then
  version=$(node -p "require('./package.json').packageManager.split('@')[1]")
  echo "pnpm is missing: installing pnpm@${version} with npm"
  npm install --global "pnpm@${version}" --no-audit --no-fund >/dev/null
fi
