// Page navigation and route parameters.
import Taro, { getCurrentInstance } from '@tarojs/taro'
import { normaliseRouteParams, type RouteParams } from '../domain/links/deeplink'
import { CALC_PAGE, CHECK_PAGE, RATES_PAGE, SELF_CHECK_PAGE, searchPage } from '../domain/links/routes'
import { latestIssue } from '../content/catalogue'

export const PAGES = {
  home: '/pages/index/index',
  doc: '/pages/doc/index',
  contacts: '/pages/contacts/index',
  calculators: CALC_PAGE,
  rates: RATES_PAGE,
  check: CHECK_PAGE,
  selfChecks: SELF_CHECK_PAGE,
  notFound: '/pages/notfound/index',
  search: searchPage(latestIssue.id),
} as const

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
