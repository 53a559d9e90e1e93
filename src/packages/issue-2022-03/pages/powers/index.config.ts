export default definePageConfig({ navigationBarTitleText: '乡镇（街道）权责清单', enableShareAppMessage: true })
