// One first launch of the app in WeChat's runtime (one runtime per process): what WeChat reports about the phone
// comes as JSON in argv[2]; prints the home page's text and the runtime's errors as JSON. large-font.test.ts runs
// it once per phone.
import { weappRuntime } from './runtime'

async function main(): Promise<void> {
  const runtime = weappRuntime(JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>)
  const home = await runtime.open('pages/index/index')
  process.stdout.write(JSON.stringify({ text: home.text(), errors: runtime.errors }))
  process.exit(0)
}
void main()
