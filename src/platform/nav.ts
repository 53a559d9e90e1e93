// Page navigation and route parameters.
import Taro, { getCurrentInstance } from '@tarojs/taro'
import type { RouteParams } from '../domain/deeplink'

export const PAGES = {
  home: '/pages/index/index',
  contacts: '/pages/contacts/index',
  calculators: '/pages/calc/index',
  rates: '/pages/rates/index',
  check: '/pages/check/index',
  selfChecks: '/pages/selfcheck/index',
  notFound: '/pages/notfound/index',
  search: '/packages/tables/pages/search/index',
  powers: '/packages/tables/pages/powers/index',
  projects: '/packages/tables/pages/projects/index',
} as const

export function routeParams(): RouteParams {
  return (getCurrentInstance().router?.params ?? {}) as RouteParams
}

export function openPage(url: string): void {
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
}

export function goHome(): void {
  void Taro.reLaunch({ url: PAGES.home })
}
