// `npm run dev:serve`: serve the built site (the H5 app plus the prerendered /d/ and /c/ pages, see
// scripts/build/build-site.ts) on http://127.0.0.1:<PORT> (default 10086); the plain H5 build when no site is built.
import { existsSync } from 'node:fs'
import { startStaticServer } from './static-server'

const port = Number(process.env.PORT ?? 10086)
const dir = existsSync('dist/site/index.html') ? 'dist/site' : 'dist/h5'
startStaticServer(dir, port).then(({ origin }) => {
  console.log(`离石政策通 预览（${dir}）：${origin}/`)
  console.log(`示例文件：${origin}/pages/doc/index?id=lzbf2022-34`)
  if (dir === 'dist/site') console.log(`扫码网页（不用微信时）：${origin}/d/lzbf2022-34`)
})
