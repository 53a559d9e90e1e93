import { issues } from '#src/content/catalogue'
import { consultationDirectory, numberToCall, type NumberToCall } from '#src/domain/issue-views'

let directory: ReturnType<typeof consultationDirectory> | undefined

/** The office's current line for a number a document printed (an older issue's number leads to the newest one). */
export function numberToCallFor(printed: string): NumberToCall {
  directory ??= consultationDirectory(issues)
  return numberToCall(directory, printed)
}
