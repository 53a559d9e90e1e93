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
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b22222',
    navigationBarTitleText: '离石政策通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f4ef',
  },
  sitemapLocation: 'sitemap.json',
})
