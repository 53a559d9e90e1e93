export default definePageConfig({ navigationBarTitleText: '往期公报', enableShareAppMessage: true })
