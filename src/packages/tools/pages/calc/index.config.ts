export default definePageConfig({
  navigationBarTitleText: '算一算',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
