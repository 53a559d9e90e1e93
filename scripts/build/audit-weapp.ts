// `npm run publish:audit`: WeChat's own code-quality audit of dist/weapp (the checks of DevTools' 代码质量 panel,
// miniprogram-ci checkCodeQuality). It runs offline; building a Project only needs a key file, so a throwaway RSA key
// is made. Prints one line per item (✓/✗) or, with --json, the items; exits 1 when any item fails.
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..', '..')

interface AuditItem {
  name: string
  success: boolean
  text: string
}

async function main(): Promise<void> {
  const keyFile = join(mkdtempSync(join(tmpdir(), 'lishi-audit-')), 'private.key')
  writeFileSync(keyFile, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }))
  const ci = require('miniprogram-ci') as {
    Project: new (options: Record<string, unknown>) => unknown
    checkCodeQuality: (project: unknown) => Promise<AuditItem[]>
  }
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: keyFile,
    ignores: ['node_modules/**/*'],
  })
  const items = await ci.checkCodeQuality(project)
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify(items.map(({ name, success, text }) => ({ name, success, text })))}\n`)
  else for (const item of items) console.log(`${item.success ? '✓' : '✗'} ${item.name}: ${item.text}`)
  // miniprogram-ci leaves a file watcher running: end the process ourselves.
  process.exit(items.every((item) => item.success) ? 0 : 1)
}

void main()
