// Pixel comparison of two folders of screenshots (`npm run dev:screens -- --compare <before> <after>`): every PNG present
// in either folder is compared exactly (any RGBA difference counts); for each that differs a diff PNG is written
// (the after image faded to grey, differing pixels red; a size change counts the pixels outside the smaller image).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'

export interface Difference {
  name: string
  /** Differing pixels, or a reason when one side is missing. */
  pixels: number | 'only in before' | 'only in after'
  sizes?: string
  diffFile?: string
}

const pngsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.png')) : [])

function diffImages(before: PNG, after: PNG): { pixels: number; diff: PNG } {
  const width = Math.max(before.width, after.width)
  const height = Math.max(before.height, after.height)
  const diff = new PNG({ width, height })
  let pixels = 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4
      const inBefore = x < before.width && y < before.height
      const inAfter = x < after.width && y < after.height
      const b = (y * before.width + x) * 4
      const a = (y * after.width + x) * 4
      const same =
        inBefore &&
        inAfter &&
        before.data[b] === after.data[a] &&
        before.data[b + 1] === after.data[a + 1] &&
        before.data[b + 2] === after.data[a + 2] &&
        before.data[b + 3] === after.data[a + 3]
      if (same) {
        const grey = 0.299 * after.data[a] + 0.587 * after.data[a + 1] + 0.114 * after.data[a + 2]
        diff.data[out] = diff.data[out + 1] = diff.data[out + 2] = Math.round(200 + grey / 5)
      } else {
        pixels++
        diff.data[out] = 255
        diff.data[out + 1] = diff.data[out + 2] = 0
      }
      diff.data[out + 3] = 255
    }
  }
  return { pixels, diff }
}

/** Compare every screenshot of `beforeDir` with the same file in `afterDir`; diff PNGs go to `diffDir`. */
export function compareFolders(beforeDir: string, afterDir: string, diffDir: string): { compared: number; differences: Difference[] } {
  const names = [...new Set([...pngsIn(beforeDir), ...pngsIn(afterDir)])].sort()
  const differences: Difference[] = []
  for (const stale of pngsIn(diffDir)) rmSync(join(diffDir, stale))
  for (const file of names) {
    const name = file.replace(/\.png$/, '')
    const beforePath = join(beforeDir, file)
    const afterPath = join(afterDir, file)
    if (!existsSync(afterPath)) differences.push({ name, pixels: 'only in before' })
    else if (!existsSync(beforePath)) differences.push({ name, pixels: 'only in after' })
    else {
      const beforeBytes = readFileSync(beforePath)
      const afterBytes = readFileSync(afterPath)
      if (beforeBytes.equals(afterBytes)) continue // same file, same pixels: no need to decode
      const before = PNG.sync.read(beforeBytes)
      const after = PNG.sync.read(afterBytes)
      const { pixels, diff } = diffImages(before, after)
      if (pixels === 0) continue
      mkdirSync(diffDir, { recursive: true })
      const diffFile = join(diffDir, file)
      writeFileSync(diffFile, PNG.sync.write(diff))
      const sizes =
        before.width !== after.width || before.height !== after.height
          ? `${before.width}×${before.height} → ${after.width}×${after.height}`
          : undefined
      differences.push({ name, pixels, sizes, diffFile })
    }
  }
  return { compared: names.length, differences }
}
