import subpackages from './content/generated/subpackages.json'

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/doc/index',
    'pages/contacts/index',
    // Printed calculator codes open this tiny page; it passes them on to the tools subpackage.
    'pages/calc/index',
    'pages/notfound/index',
  ],
  // One subpackage per issue in the package (its documents in full, search, tables, 原文; listed by
  // scripts/build/content-index.ts), the archive of older issues, and
  // the tools (calculators, 我能领什么, self-checks, 补助标准一览) with their rule parameters.
  subPackages: [
    ...subpackages.issues,
    ...(process.env.LISHI_CONTENT_FIXTURES === '1' ? subpackages.fixtures : []),
    { root: 'packages/tools', pages: ['pages/calc/index', 'pages/rates/index', 'pages/check/index', 'pages/selfcheck/index'] },
    // Issues older than the package holds (content/package-budget.json): fetched from the site, checked, kept.
    { root: 'packages/archive', pages: ['pages/doc/index', 'pages/issue/index', 'pages/newer/index'] },
  ],
  // The newest issue and the tools download while the home page is read.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: [subpackages.issues[0].root, 'packages/tools'] },
    'pages/calc/index': { network: 'all', packages: ['packages/tools'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b22222',
    navigationBarTitleText: '离石政策通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4ef',
  },
  sitemapLocation: 'sitemap.json',
  // 按需注入: WeChat injects each page's code and components when the page is opened, not all at launch.
  lazyCodeLoading: 'requiredComponents',
})
