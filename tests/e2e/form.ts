// Filling the app's forms as a person does: tap a choice, tap a number box and type, read the answer.
import type { AppPage } from './app-browser'

export const field = (view: AppPage, key: string) => view.page.locator(`#field-${key}`)

/** Tap the choice (or 是 / 否 / 不清楚) with this label. */
export const pick = (view: AppPage, key: string, label: string) => field(view, key).getByText(label, { exact: true }).click()

/** Tap the number box, then type, as on a phone keyboard (insertText for full-width, Chinese and emoji). */
export async function type(view: AppPage, key: string, text: string): Promise<void> {
  const input = field(view, key).locator('input')
  await input.click()
  await input.press('ControlOrMeta+a')
  await input.press('Backspace')
  if (/^[\x20-\x7e]*$/.test(text)) await view.page.keyboard.type(text)
  else await view.page.keyboard.insertText(text)
}

export const plus = async (view: AppPage, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await field(view, key).getByText('＋').click()
}

export const fieldError = (view: AppPage, key: string) => field(view, key).locator('.calc-field__error')

/** Words that must never reach the screen. */
export const BROKEN_WORDS = /NaN|Infinity|undefined|null|\[object/
