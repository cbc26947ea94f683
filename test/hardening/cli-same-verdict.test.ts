/**
 * Every command gives a broken input the same verdict: the same rule id and exit status from
 * `check`, `show`, `convert` and `convert --to markdown`.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/run-cli.js'

/** A clean article, so that every command exits 0 on it. */
const clean = readFileSync('fixtures/articles/2004-michigan-democratic-caucuses/input.md', 'utf8')

/** The commands, each as the arguments before the file. */
const commands: Record<string, readonly string[]> = {
  check: ['check', '--max-size', '4KiB'],
  show: ['show', '--max-size', '4KiB'],
  convert: ['convert', '--max-size', '4KiB'],
  'convert --to markdown': ['convert', '--to', 'markdown', '--max-size', '4KiB']
}

/** Broken inputs by file name and the rule id every command must refuse them with. */
const refused: Record<string, string> = {
  'empty.md': 'file-empty',
  'blank.md': 'file-empty',
  'binary.md': 'file-binary',
  'utf16-without-mark.md': 'file-binary',
  'large.md': 'file-too-large',
  'missing.md': 'file-unreadable',
  'dangling.md': 'file-unreadable'
}

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'wikitally-verdict-'))
  const utf16 = Buffer.from(clean, 'utf16le')
  writeFileSync(path.join(folder, 'empty.md'), '')
  writeFileSync(path.join(folder, 'blank.md'), ' \n\t\n')
  writeFileSync(path.join(folder, 'binary.md'), Uint8Array.from([0x3d, 0x20, 0x00, 0x01, 0x02, 0xff, 0x0a]))
  writeFileSync(path.join(folder, 'utf16-without-mark.md'), utf16.subarray(0, 2000))
  writeFileSync(path.join(folder, 'large.md'), clean.repeat(2) + 'x'.repeat(5000))
  symlinkSync(path.join(folder, 'nowhere.md'), path.join(folder, 'dangling.md'))
  writeFileSync(path.join(folder, 'utf8.md'), clean)
  writeFileSync(path.join(folder, 'utf16le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))
  writeFileSync(path.join(folder, 'utf16be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16.swap16()]))
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

/** Run the CLI in the test's folder. */
const cli = (argv: readonly string[], stdin?: string) => runCli(folder, argv, stdin)

describe('the same broken input gets the same verdict from every command', () => {
  for (const [name, ruleId] of Object.entries(refused)) {
    it(`refuses ${name} with ${ruleId} and exit 1, writing no election`, async () => {
      for (const [command, argv] of Object.entries(commands)) {
        const result = await cli([...argv, name])
        expect({command, code: result.code, named: result.stderr.includes(ruleId), stdout: result.stdout}).toEqual({command, code: 1, named: true, stdout: ''})
      }
    })
  }

  it('refuses standard input over --max-size the same way', async () => {
    for (const [command, argv] of Object.entries(commands)) {
      const result = await cli([...argv, '-'], 'y'.repeat(5000))
      expect({command, code: result.code, named: result.stderr.includes('file-too-large'), stdout: result.stdout}).toEqual({command, code: 1, named: true, stdout: ''})
    }
  })

  it('reads UTF-16 with a byte order mark as its UTF-8 twin, in every command', async () => {
    for (const [command, argv] of Object.entries(commands)) {
      const utf8 = await cli([...argv.filter((arg) => arg !== '--max-size' && arg !== '4KiB'), 'utf8.md'])
      for (const name of ['utf16le.md', 'utf16be.md']) {
        const utf16 = await cli([...argv.filter((arg) => arg !== '--max-size' && arg !== '4KiB'), name])
        expect({command, code: utf16.code, stdout: utf16.stdout.replaceAll(name, 'utf8.md')}).toEqual({command, code: utf8.code, stdout: utf8.stdout})
      }
    }
  })
})

describe('a single input refused as too large', () => {
  it('exits 1 and leaves no output file, in both convert paths', async () => {
    for (const argv of [['convert', '-o', 'out.json'], ['convert', '--to', 'markdown', '-o', 'out.md']]) {
      const result = await cli([...argv, '--max-size', '4KiB', 'large.md'])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('file-too-large')
      expect(existsSync(path.join(folder, argv[argv.length - 1] ?? ''))).toBe(false)
    }
  })

  it('is accepted above the default size when --max-size allows it', async () => {
    const result = await cli(['check', '--max-size', '64KiB', 'large.md'])
    expect(result.stderr).not.toContain('too-large')
  })
})
