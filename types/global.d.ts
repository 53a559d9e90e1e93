/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5'
    NODE_ENV?: 'development' | 'production' | 'test'
    /** '1' only in test builds that add the fixture issue (see src/content/catalogue.ts). */
    LISHI_CONTENT_FIXTURES?: string
    /** package.json version, set by the build (config/index.ts). */
    LISHI_APP_VERSION?: string
  }
}
