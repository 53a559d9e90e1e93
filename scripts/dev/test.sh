#!/usr/bin/env bash
# `npm test`: install what tests need, lint, check the formatting and that the generated files are current, type-check, build weapp and H5, then run every test
# (unit, WeChat package checks, browser) in one node:test run.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/dev/setup.sh --browser
npm run lint                                        # ESLint (eslint.config.mjs), no warning allowed
npm run format:check                                # Prettier (.prettierrc.json): every file as `npm run format` writes it
npm run generate -- --check                         # the committed generated files equal a fresh generation (before any build rewrites them)
npx tsc --noEmit -p tsconfig.json
npm run build:weapp                                 # npm run generate, then the WeChat build
npx tsx scripts/bench/empty-taro-size.ts            # the empty Taro app the main package is measured against
npm run build:synthetic-archive -- 40 --build       # dist/synthetic-40: 41 issues, built for WeChat and the site
npx tsx tests/support/next-issue-project.ts --build  # dist/next-issue: the tests' next issue imported, reviewed, built
npm run build:site                                  # dist/h5, then dist/site: the app plus the prerendered /d/ and /c/ pages
LISHI_CONTENT_FIXTURES=1 npx taro build --type h5   # dist/h5-fixture: the app plus the test-only fixture issue
rm -rf artifacts/screenshots
node --import tsx --test --test-concurrency=1 tests/unit/*.test.ts tests/package/*.test.ts tests/weapp/*.test.ts tests/site/*.test.ts tests/e2e/*.test.ts tests/desk/*.test.ts
echo "Screenshots: artifacts/screenshots/"
