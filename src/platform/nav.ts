// Page navigation and route parameters.
import Taro, { getCurrentInstance } from '@tarojs/taro'
import { normaliseRouteParams, type RouteParams } from '#src/domain/links/deeplink'
import { PAGES } from '#src/domain/links/routes'

/** The page's parameters, each a string (see normaliseRouteParams). */
export function routeParams(): RouteParams {
  return normaliseRouteParams(getCurrentInstance().router?.params)
}

export function openPage(url: string): void {
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
}

export function goHome(): void {
  void Taro.reLaunch({ url: PAGES.home })
}
