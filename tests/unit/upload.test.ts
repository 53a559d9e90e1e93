// npm run publish:upload, offline: the request handed to miniprogram-ci, and every refusal before the network call.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import { UploadError, uploadRequest } from '../../scripts/publish/upload-request'

const root = join(import.meta.dirname, '..', '..')
const keyDir = mkdtempSync(join(tmpdir(), 'lishi-key-'))
const keyPath = join(keyDir, 'private.wx123.key')
writeFileSync(keyPath, '-----BEGIN RSA PRIVATE KEY-----\ntest\n-----END RSA PRIVATE KEY-----\n')
const config = { appid: 'touristappid', setting: { es6: false, minified: false } }
const args = ['--version', '1.2.0', '--desc', '2023年第1期']

describe('npm run publish:upload builds a checked request for miniprogram-ci', () => {
  it('with the version, description, AppID from the environment, the key outside the repository and robot 1', () => {
    const request = uploadRequest(args, { WX_APPID: 'wx0123456789abcdef', WX_UPLOAD_KEY_PATH: keyPath }, config, root)
    assert.deepEqual(request, {
      project: {
        appid: 'wx0123456789abcdef',
        type: 'miniProgram',
        projectPath: root,
        privateKeyPath: keyPath,
        ignores: ['node_modules/**/*', 'src/**/*', 'tests/**/*'],
      },
      upload: { version: '1.2.0', desc: '2023年第1期', robot: 1, setting: { es6: false, minify: false } },
    })
  })
  const refusals: [string, string[], NodeJS.ProcessEnv, RegExp][] = [
    ['no version', ['--desc', 'x'], { WX_APPID: 'wx1', WX_UPLOAD_KEY_PATH: keyPath }, /版本号/],
    ['a version that is not x.y.z', ['--version', '1.2', '--desc', 'x'], { WX_APPID: 'wx1', WX_UPLOAD_KEY_PATH: keyPath }, /版本号/],
    ['no description', ['--version', '1.2.0'], { WX_APPID: 'wx1', WX_UPLOAD_KEY_PATH: keyPath }, /更新了什么/],
    ['the tourist AppID', args, { WX_UPLOAD_KEY_PATH: keyPath }, /AppID/],
    ['no key path', args, { WX_APPID: 'wx1' }, /小程序代码上传/],
    ['a key inside the repository', args, { WX_APPID: 'wx1', WX_UPLOAD_KEY_PATH: join(root, 'private.key') }, /不能放在项目文件夹里/],
    ['a key file that does not exist', args, { WX_APPID: 'wx1', WX_UPLOAD_KEY_PATH: join(keyDir, 'missing.key') }, /找不到上传密钥文件/],
    ['a robot number out of range', args, { WX_APPID: 'wx1', WX_UPLOAD_KEY_PATH: keyPath, WX_UPLOAD_ROBOT: '31' }, /1 到 30/],
  ]
  for (const [name, argv, env, message] of refusals) {
    it(`refuses ${name}`, () => {
      assert.throws(
        () => uploadRequest(argv, env, config, root),
        (error: unknown) => error instanceof UploadError && message.test(error.message),
      )
    })
  }
  it('the command stops with exit 2 and one line before any network call', async () => {
    const run = promisify(execFile)
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'publish', 'upload.ts'), ...args], {
        cwd: root,
        env: { ...process.env, WX_APPID: '', WX_UPLOAD_KEY_PATH: '' },
      }),
      (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 2)
        assert.match(error.stderr, /AppID/)
        return true
      },
    )
  })
})
