#!/usr/bin/env bash
# `npm test`: install what tests need, type-check, build weapp and H5, then run every test
# (unit, WeChat package checks, browser) in one node:test run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
npx tsc --noEmit -p tsconfig.json
npx taro build --type weapp
npx taro build --type h5
rm -rf artifacts/screenshots
node --import tsx --test --test-concurrency=1 tests/unit/*.test.ts tests/package/*.test.ts tests/e2e/*.test.ts
echo "Screenshots: artifacts/screenshots/"
