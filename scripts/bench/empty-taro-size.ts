// Builds the smallest Taro 4 React app with this project's configuration and writes its package sizes to
// dist/empty-taro-sizes.json: the package test holds the product's main package to 1.35× it (npm test runs this).
import { writeFileSync } from 'node:fs'
import { buildWeapp, emptyAppSizesFile, emptyTaroApp, kib, packages } from './weapp-size'

const main = packages(buildWeapp(emptyTaroApp())).find((each) => each.name === 'main')!
writeFileSync(emptyAppSizesFile, JSON.stringify({ main: { raw: main.raw, gzip: main.gzip } }))
console.log(`empty Taro 4 app: main ${kib(main.raw)} → ${emptyAppSizesFile}`)
