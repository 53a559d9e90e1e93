export default definePageConfig({ navigationBarTitleText: '文件详情', enableShareAppMessage: true, enableShareTimeline: true })
