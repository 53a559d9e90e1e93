export default definePageConfig({
  navigationBarTitleText: '我能领什么',
  enableShareAppMessage: true,
})
