#!/usr/bin/env bash
# `npm start`: install, build the WeChat package (dist/weapp, open it in WeChat DevTools)
# and the H5 preview with the site pages (/d/<id>), then serve it on http://127.0.0.1:${PORT:-10086}.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/dev/setup.sh
npm run build:weapp   # npm run generate, then dist/weapp
npm run build:site    # dist/h5, then dist/site: the H5 app plus the pages for codes scanned outside WeChat
echo "WeChat package: $(pwd)/dist/weapp (import this folder's parent in WeChat DevTools; project.config.json points at it)"
exec npx tsx scripts/dev/serve-h5.ts
