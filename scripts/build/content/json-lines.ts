// Where each value of a JSON file is written: path (keyPoints[0], consultation.phone, params[3].value) → line.
// Lets the content check say “documents/lzbf2022-34.json:15: keyPoints[0]: …” so a person finds the line.

function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  let at = 0
  let line = 1
  const skip = () => {
    while (at < text.length && /\s/.test(text[at])) {
      if (text[at] === '\n') line++
      at++
    }
  }
  const string = (): string => {
    let value = ''
    at++
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++
      value += text[at++]
    }
    at++
    return value
  }
  const value = (path: string): void => {
    skip()
    if (path) lines.set(path, line)
    const ch = text[at]
    if (ch === '{') {
      at++
      skip()
      while (at < text.length && text[at] !== '}') {
        skip()
        const key = string()
        skip()
        at++ // :
        value(path ? `${path}.${key}` : key)
        skip()
        if (text[at] === ',') at++
        skip()
      }
      at++
    } else if (ch === '[') {
      at++
      skip()
      for (let index = 0; at < text.length && text[at] !== ']'; index++) {
        value(`${path}[${index}]`)
        skip()
        if (text[at] === ',') at++
        skip()
      }
      at++
    } else if (ch === '"') string()
    else while (at < text.length && !/[\s,\]}]/.test(text[at])) at++
  }
  try {
    value('')
  } catch {
    // A broken file: the lines found so far still help.
  }
  return lines
}

/**
 * The line of a content-check field in its file: the field itself, else its nearest parent. Fields of rule
 * parameters are written `<param id>.<field>` and found through the params array.
 */
export function lineOfField(text: string, field: string): number | undefined {
  const lines = jsonLines(text)
  // A label in full-width brackets (dates[1]（办法执行（2022年度））) names the entry for people, not the path.
  let path = field
  while (/（[^（）]*）/.test(path)) path = path.replace(/（[^（）]*）/g, '')
  const paramId = [...lines.keys()].find((key) => /^params\[\d+\]\.id$/.test(key) && field.startsWith(`${idAt(text, lines.get(key)!)}.`))
  if (paramId) path = `${paramId.replace(/\.id$/, '')}.${field.slice(idAt(text, lines.get(paramId)!).length + 1)}`
  for (let candidate = path; candidate; candidate = candidate.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    if (lines.has(candidate)) return lines.get(candidate)
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(candidate)) break
  }
  return undefined
}

function idAt(text: string, line: number): string {
  return /"id"\s*:\s*"([^"]*)"/.exec(text.split('\n')[line - 1] ?? '')?.[1] ?? ''
}
