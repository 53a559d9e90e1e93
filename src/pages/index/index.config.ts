export default definePageConfig({
  navigationBarTitleText: '离石政策通',
  enableShareAppMessage: true,
})
