// `npm run serve:h5`: serve the built H5 preview on http://127.0.0.1:<PORT> (default 10086).
import { startStaticServer } from './static-server'

const port = Number(process.env.PORT ?? 10086)
startStaticServer('dist/h5', port).then(({ origin }) => {
  console.log(`离石政策通 H5 预览：${origin}/`)
  console.log(`示例文件：${origin}/pages/doc/index?id=lzbf2022-34`)
})
