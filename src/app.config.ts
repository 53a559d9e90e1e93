export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/doc/index',
    'pages/contacts/index',
    'pages/calc/index',
    'pages/rates/index',
    'pages/check/index',
    'pages/selfcheck/index',
    'pages/notfound/index',
  ],
  // The large data and its pages (search, 权责清单, 涉农资金项目, 原文) load as a subpackage, preloaded from the home page.
  subPackages: [{ root: 'packages/issue-2022-03', pages: ['pages/search/index', 'pages/powers/index', 'pages/projects/index', 'pages/original/index'] }],
  preloadRule: { 'pages/index/index': { network: 'all', packages: ['packages/issue-2022-03'] } },
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
