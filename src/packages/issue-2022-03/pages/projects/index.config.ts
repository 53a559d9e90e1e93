export default definePageConfig({ navigationBarTitleText: '涉农资金项目', enableShareAppMessage: true })
