// A data file a text editor left unreadable (a Chinese quote “ for ", a missing comma): where, and what to do, in
// words for the 公报室 — said by content:check and the desk instead of a stack trace or a blank page.

/** Undefined when the text reads as JSON; else the sentence naming the file and its line. */
export function unreadableJson(file: string, text: string): string | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined
    return `${file}${line ? ` 第${line}行` : ''}的写法有错，读不了这个文件（常见原因：把英文引号 " 写成了中文引号“”，或者少了、多了逗号）。请用文本编辑器改好它。`
  }
}
