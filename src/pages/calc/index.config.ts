export default definePageConfig({ navigationBarTitleText: '算一算' })
