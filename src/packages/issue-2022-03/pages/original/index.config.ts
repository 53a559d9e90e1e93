export default definePageConfig({ navigationBarTitleText: '原文', enableShareAppMessage: true })
