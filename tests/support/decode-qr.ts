// Decodes a QR code PNG the way a phone camera would read it (jsQR over the pixels).
import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export function decodePng(file: string): string | undefined {
  const png = PNG.sync.read(readFileSync(file))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}
