export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/doc/index',
    'pages/contacts/index',
    // Printed calculator codes open this tiny page; it passes them on to the tools subpackage.
    'pages/calc/index',
    'pages/notfound/index',
  ],
  // The large data and its pages (search, 权责清单, 涉农资金项目, 原文) load as a subpackage, preloaded from the home page.
  // The tools (calculators, 我能领什么, self-checks, 补助标准一览) and their rule parameters: a subpackage of their own.
  subPackages: [
    { root: 'packages/issue-2022-03', pages: ['pages/search/index', 'pages/powers/index', 'pages/projects/index', 'pages/original/index'] },
    { root: 'packages/tools', pages: ['pages/calc/index', 'pages/rates/index', 'pages/check/index', 'pages/selfcheck/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/issue-2022-03', 'packages/tools'] },
    'pages/doc/index': { network: 'all', packages: ['packages/tools'] },
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
