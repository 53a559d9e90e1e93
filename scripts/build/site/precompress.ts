// Compressed once, at build time: a .gz beside every text file of the site, which nginx sends as it is
// (`gzip_static on` in deploy/nginx.conf) instead of compressing the same page again for every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants, gzipSync } from 'node:zlib'

/** The kinds of file that compress; images (PNG) already are. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.json', '.svg']
/** Below this size a gzip header costs about what it saves (the same threshold as gzip_min_length in the config). */
export const MIN_BYTES = 512

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (entry.isFile()) yield path
  }
}

/** Writes <file>.gz for every text file of `dir` worth compressing; returns how many. */
export function precompress(dir: string): number {
  let written = 0
  for (const path of files(dir)) {
    if (!COMPRESSED_EXTENSIONS.some((ext) => path.endsWith(ext)) || statSync(path).size < MIN_BYTES) continue
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }))
    written++
  }
  return written
}
