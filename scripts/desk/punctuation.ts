// The PDF's text gives the same punctuation now full-width (，；：（）), now half-width (,;:()): the desk reads them
// as the same character. One for one, so a place in the converted text is the same place in the text.

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' }

/** The text with half-width punctuation as full-width, character for character. */
export function fullWidth(text: string): string {
  return text.replace(/[,;:()?!]/g, (char) => FULL_WIDTH[char])
}
