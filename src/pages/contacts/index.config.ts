export default definePageConfig({
  navigationBarTitleText: '咨询电话',
  enableShareAppMessage: true,
})
