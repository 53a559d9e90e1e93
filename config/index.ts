import { readFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type Chain from 'webpack-chain'
import devConfig from './dev'
import prodConfig from './prod'

// Taro build configuration shared by the weapp (product) and h5 (preview, browser tests) builds.
// Babel compiles src and, besides it: the test-only fixture issue (outside src) when a fixture build asks for it,
// and the npm packages that ship syntax newer than ES5 (zustand's object spread), so that every shipped chunk
// parses as ES5 — what project.config.json (es6: false) promises old WeChat engines. tests/package checks it.
const NEWER_THAN_ES5 = ['zustand']
const compiledOutsideSrc = {
  include: [
    path.resolve(__dirname, '..', 'tests', 'fixtures'),
    ...NEWER_THAN_ES5.map((name) => path.resolve(__dirname, '..', 'node_modules', name)),
  ],
}

/**
 * The data files of an issue folder name their JSON Schema in "$schema" (for editors; src/content/schema.ts): the
 * bundle does not carry it. Webpack's JSON parser option reads those files without it.
 */
const CONTENT_JSON = /[\\/](src[\\/]content|tests[\\/]fixtures)[\\/]issues[\\/].+\.json$/
function withoutSchemaRef(chain: Chain): void {
  chain.module
    .rule('content-json')
    .test(CONTENT_JSON)
    .type('json')
    .parser({
      parse: (text: string) => {
        const data = JSON.parse(text)
        if (data !== null && typeof data === 'object' && !Array.isArray(data)) delete data.$schema
        return data
      },
    })
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'lishi-policy',
    date: '2026-11-29',
    // Styles are written in CSS px for a 375 px wide phone; Taro turns them into rpx / rem.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.LISHI_CONTENT_FIXTURES === '1' ? `dist/${process.env.TARO_ENV}-fixture` : `dist/${process.env.TARO_ENV}`,
    // Weapp only: aria-role / aria-label reach WeChat's templates (see config/weapp-aria.js).
    plugins: process.env.TARO_ENV === 'weapp' ? [path.resolve(__dirname, 'weapp-aria.js')] : [],
    defineConstants: {},
    // Test builds only: LISHI_CONTENT_FIXTURES=1 adds the fixture issue of tests/fixtures (see src/content/catalogue.ts).
    // Code reaches it by the alias @fixtures (tsconfig.json's paths for tsc and tsx), which exists only in those
    // builds: a product build that imported a fixture would fail to resolve it.
    alias: process.env.LISHI_CONTENT_FIXTURES === '1' ? { '@fixtures': path.resolve(__dirname, '..', 'tests', 'fixtures') } : {},
    env: {
      LISHI_CONTENT_FIXTURES: JSON.stringify(process.env.LISHI_CONTENT_FIXTURES === '1' ? '1' : ''),
      // The version people quote in 结果不对？ messages.
      LISHI_APP_VERSION: JSON.stringify(
        process.env.npm_package_version ??
          (JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')) as { version: string }).version,
      ),
    },
    copy: {
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    // WeChat templates cannot recurse, so Taro writes every component's template once per nesting level into the main
    // package's base.wxml; nodes deeper than this render through Taro's `comp` component instead. Our pages nest 5–7
    // levels (the 原文's tables 10): 8 levels instead of the default 16 take 23 KB off the main package.
    baseLevel: 8,
    framework: 'react',
    // Watch builds (the desk's preview) prebundle dependencies with a cache; Taro's default puts it in
    // node_modules/.taro, which is shared between worktrees: it goes to the project's own .cache/ instead.
    compiler: { type: 'webpack5', prebundle: { cacheDir: path.resolve(__dirname, '..', '.cache', 'taro', process.env.TARO_ENV ?? '') } },
    // Chinese text as UTF-8, not \uXXXX escapes (Taro's default ascii_only), which double its size in every chunk.
    // WeChat and browsers read the chunks as UTF-8; the WeChat runtime test renders the text from dist/weapp.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    cache: { enable: false },
    mini: {
      compile: compiledOutsideSrc,
      webpackChain: withoutSchemaRef,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile: compiledOutsideSrc,
      webpackChain: withoutSchemaRef,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      // Watch mode only (the 公报室's desk previews with it, scripts/desk/preview.ts): this computer only, no browser opened.
      devServer: { host: '127.0.0.1', port: Number(process.env.LISHI_PREVIEW_PORT) || 10086, open: false },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
