import {describe, expect, it} from 'vitest'
import {claimOutputPath} from '../../../src/cli/outputs/claim-output-path.js'
import {safeRelativePath} from '../../../src/cli/outputs/safe-relative-path.js'

describe('safeRelativePath', () => {
  it('keeps a plain relative path', () => {
    expect(safeRelativePath('2004/alabama.md')).toBe('2004/alabama.md')
  })

  it('never leaves the folder: parents, absolute paths and drive letters are dropped', () => {
    expect(safeRelativePath('../../etc/passwd')).toBe('etc/passwd')
    expect(safeRelativePath('/etc/passwd')).toBe('etc/passwd')
    expect(safeRelativePath('C:\\Windows\\x')).toBe('C_/Windows/x')
    expect(safeRelativePath('..')).toBe('_')
    expect(safeRelativePath('')).toBe('_')
  })

  it('replaces unsafe characters, hidden names and device names', () => {
    expect(safeRelativePath('a:b?*<>|"\u0001.md')).toBe('a_b_______.md')
    expect(safeRelativePath('.git/config')).toBe('_git/config')
    expect(safeRelativePath('nul.txt')).toBe('_nul.txt')
    expect(safeRelativePath('name. . ')).toBe('name')
  })
})

describe('claimOutputPath', () => {
  it('keeps the source extension so a.md and a.txt never meet, and numbers repeats', () => {
    const used = new Set<string>()
    expect(claimOutputPath(used, 'a.md', 'json')).toBe('a.md.json')
    expect(claimOutputPath(used, 'a.txt', 'json')).toBe('a.txt.json')
    expect(claimOutputPath(used, 'A.md', 'json')).toBe('A.md~2.json')
    expect(claimOutputPath(used, 'a.md', 'json')).toBe('a.md~3.json')
  })
})
