// The archive of older issues: the hash the app computes (against Node's crypto), the cache with its cap, and
// loading a file — from the phone, from the site, with no network, and a wrong file (never kept).
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { sha256Hex } from '#src/domain/archive/sha256'
import { archiveCache, type KeyValueStorage } from '#src/domain/archive/cache'
import {
  archiveFileUrl,
  contentHash,
  loadArchivedFile,
  loadArchivedIssue,
  loadArchiveSearchEntries,
  type ArchiveIO,
} from '#src/domain/archive/archive'

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  }
}

describe('sha256', () => {
  it('equals Node’s for empty, block-edge, Chinese, emoji and lone-surrogate text', () => {
    const samples = [
      '',
      'abc',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
      'x'.repeat(119),
      '离石政策通'.repeat(300),
      '😀 表情',
      'a\ud800b',
      JSON.stringify({ 文号: '离政办发〔2022〕36号' }),
    ]
    for (const text of samples)
      assert.equal(sha256Hex(text), createHash('sha256').update(text).digest('hex'), JSON.stringify(text.slice(0, 20)))
    assert.equal(contentHash('abc'), 'ba7816bf8f01cfea414140de5dae2223')
  })
})

describe('archive cache', () => {
  it('keeps files up to its cap, dropping the least recently used first', () => {
    const storage = memoryStorage()
    let clock = 0
    const cache = archiveCache(storage, { cap: 250, fileCap: 200, now: () => ++clock })
    const [a, b, c] = ['a', 'b', 'c'].map((name) => name.repeat(32))
    assert.equal(cache.write(a, 'A'.repeat(100)), true)
    assert.equal(cache.write(b, 'B'.repeat(100)), true)
    assert.equal(cache.read(a), 'A'.repeat(100)) // a used after b
    assert.equal(cache.write(c, 'C'.repeat(100)), true)
    assert.equal(cache.read(b), undefined, 'b, used least recently, made room')
    assert.equal(cache.read(a), 'A'.repeat(100))
    assert.deepEqual(
      cache
        .entries()
        .map((entry) => entry.hash)
        .sort(),
      [a, c].sort(),
    )
    assert.equal(cache.write('d'.repeat(32), 'D'.repeat(201)), false, 'a file over the file cap is not kept')
    assert.equal(storage.map.has(`lishi-archive-${'d'.repeat(32)}`), false)
  })

  it('reads a damaged index as empty and keeps working', () => {
    const storage = memoryStorage()
    storage.setItem('lishi-archive-index', '{not json')
    const cache = archiveCache(storage)
    assert.deepEqual(cache.entries(), [])
    storage.setItem('lishi-archive-index', JSON.stringify([{ hash: '../../x', size: 1, usedAt: 1 }, 'junk']))
    assert.deepEqual(cache.entries(), [])
    assert.equal(cache.write('e'.repeat(32), 'E'), true)
    assert.equal(cache.read('e'.repeat(32)), 'E')
  })

  it('does not count a file the storage refused', () => {
    const storage = memoryStorage()
    const refusing: KeyValueStorage = {
      ...storage,
      setItem: (key, value) => (key.endsWith('index') ? storage.setItem(key, value) : undefined),
    }
    const cache = archiveCache(refusing)
    assert.equal(cache.write('f'.repeat(32), 'F'), false)
    assert.deepEqual(cache.entries(), [])
  })
})

function io(files: Map<string, string>, storage = memoryStorage()): ArchiveIO & { requested: string[] } {
  const requested: string[] = []
  return {
    requested,
    origin: 'https://gb.example',
    cache: archiveCache(storage),
    fetchText: (url) => {
      requested.push(url)
      const text = files.get(url)
      return text === undefined ? Promise.reject(new Error('offline')) : Promise.resolve(text)
    },
  }
}

describe('loading an archived file', () => {
  const text = JSON.stringify({
    issue: { id: '2012-03', documents: [{ id: 'lzf2012-325', docNo: '离政发〔2012〕325号', summary: '……' }] },
    original: {},
  })
  const hash = contentHash(text)
  const url = archiveFileUrl('https://gb.example', '2012-03', hash)

  it('fetches it from the site by its hash alone, checks it, keeps it, then reads it from the phone', async () => {
    const archive = io(new Map([[url, text]]))
    assert.equal(url, `https://gb.example/data/2012-03/${hash}.json`)
    const first = await loadArchivedIssue('2012-03', hash, archive)
    assert.equal(first.kind, 'ok')
    assert.equal(first.kind === 'ok' && first.from, 'site')
    const again = await loadArchivedIssue('2012-03', hash, archive)
    assert.equal(again.kind === 'ok' && again.from, 'phone')
    assert.deepEqual(archive.requested, [url])
  })

  it('says offline when the site cannot be reached, and keeps nothing', async () => {
    const storage = memoryStorage()
    assert.deepEqual(await loadArchivedFile('2012-03', hash, io(new Map(), storage)), { kind: 'offline' })
    assert.equal(
      [...storage.map.keys()].some((key) => key.includes(hash)),
      false,
    )
  })

  it('rejects a changed file and keeps nothing', async () => {
    const storage = memoryStorage()
    const tampered = text.replace('325号', '326号')
    assert.deepEqual(await loadArchivedFile('2012-03', hash, io(new Map([[url, tampered]]), storage)), { kind: 'rejected' })
    assert.equal(
      [...storage.map.keys()].some((key) => key.includes(hash)),
      false,
    )
  })

  it('rejects a file with the right hash but not the issue asked for', async () => {
    const other = JSON.stringify({ issue: { id: '2013-01', documents: [] }, original: {} })
    const otherHash = contentHash(other)
    const storage = memoryStorage()
    const result = await loadArchivedIssue(
      '2012-03',
      otherHash,
      io(new Map([[archiveFileUrl('https://gb.example', '2012-03', otherHash), other]]), storage),
    )
    assert.deepEqual(result, { kind: 'rejected' })
    assert.equal(
      [...storage.map.keys()].some((key) => key.includes(otherHash)),
      false,
    )
  })

  it('fetches again when the copy on the phone was damaged', async () => {
    const storage = memoryStorage()
    const archive = io(new Map([[url, text]]), storage)
    await loadArchivedFile('2012-03', hash, archive)
    storage.map.set(`lishi-archive-${hash}`, `${text} `)
    const result = await loadArchivedFile('2012-03', hash, archive)
    assert.equal(result.kind === 'ok' && result.from, 'site')
    assert.equal(archive.requested.length, 2)
  })
})

describe('往期也搜 entries', () => {
  const entries = (issueId: string) =>
    JSON.stringify([
      {
        kind: 'doc',
        path: `/pages/doc/index?id=lzf${issueId}`,
        title: `文件${issueId}`,
        subtitle: '',
        text: '文件',
        titlePinyin: [],
        pinyin: '',
        initials: '',
      },
    ])
  function published(issueIds: string[]) {
    const files = new Map<string, string>()
    const hashes: Record<string, string> = {}
    for (const id of issueIds) {
      const search = entries(id)
      const manifest = JSON.stringify({ issue: { id, documents: [] }, original: {}, search: contentHash(search) })
      hashes[id] = contentHash(manifest)
      files.set(archiveFileUrl('https://gb.example', id, contentHash(search)), search)
      files.set(archiveFileUrl('https://gb.example', id, hashes[id]), manifest)
    }
    return { files, hashes }
  }

  it('loads every older issue’s entries in the order of the issues, reporting progress', async () => {
    const ids = ['2021-04', '2021-03', '2021-02', '2021-01', '2020-04', '2020-03']
    const { files, hashes } = published(ids)
    const progress: number[] = []
    const result = await loadArchiveSearchEntries(
      ids.map((id) => ({ id, archiveHash: hashes[id] })),
      io(files),
      (done) => progress.push(done),
    )
    assert.deepEqual(
      result.entries.map((entry) => entry.title),
      ids.map((id) => `文件${id}`),
    )
    assert.deepEqual(result.missing, [])
    assert.deepEqual(progress, [1, 2, 3, 4, 5, 6])
  })

  it('names the issues it could not get (no network, a wrong file) and returns the rest', async () => {
    const ids = ['2021-04', '2021-03', '2021-02']
    const { files, hashes } = published(ids)
    files.delete(archiveFileUrl('https://gb.example', '2021-03', hashes['2021-03']))
    const searchOf2102 = [...files.keys()].find((url) => url.includes('2021-02') && !url.includes(hashes['2021-02']))!
    files.set(searchOf2102, files.get(searchOf2102)!.replace('文件', '改过'))
    const result = await loadArchiveSearchEntries(
      ids.map((id) => ({ id, archiveHash: hashes[id] })),
      io(files),
    )
    assert.deepEqual(
      result.entries.map((entry) => entry.title),
      ['文件2021-04'],
    )
    assert.deepEqual(result.missing, ['2021-03', '2021-02'])
  })
})
