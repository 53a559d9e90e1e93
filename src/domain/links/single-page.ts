// 朋友圈's 单页模式. A page shared to 朋友圈 opens there in WeChat's single-page mode (scene 1154), not in the
// app: the page's content runs, but WeChat disables navigation (wx.navigateTo, redirectTo, reLaunch,
// navigateBack, navigator), button open-type (share), 电话 (wx.makePhoneCall), 剪贴板 and 联系人, and pins its own bar
// with 前往小程序 at the bottom; a tap on anything disabled only toasts 请前往小程序使用完整服务. WeChat also asks
// that the page show its content as fully as it can there and not push people to open the app.
// Source: 分享到朋友圈 → 单页模式, 页面适配, 单页模式下的限制
// (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html).

/** 场景值 of a page opened from 朋友圈 (单页模式). */
export const SINGLE_PAGE_SCENE = 1154

export function isSinglePage(scene: number | undefined): boolean {
  return scene === SINGLE_PAGE_SCENE
}

/** Said once on a page in single-page mode, in place of its buttons that cannot work there. */
export function fullAppNotice(offers: readonly string[]): string {
  return `在小程序中打开后可以${offers.join('、')}（点下方“前往小程序”）`
}
