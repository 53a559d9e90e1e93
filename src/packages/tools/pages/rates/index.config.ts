export default definePageConfig({
  navigationBarTitleText: '补助标准一览',
  enableShareAppMessage: true,
})
