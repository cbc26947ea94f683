import {describe, expect, it} from 'vitest'
import {findTextProblem} from '../../../src/cli/inputs/find-text-problem.js'
import {parseSize} from '../../../src/cli/options/parse-size.js'
import {renameCsvId} from '../../../src/cli/batch/rename-csv-id.js'

describe('findTextProblem', () => {
  it('accepts an article, accents and tabs included', () => {
    expect(findTextProblem('= Élection =\n\n| a\t| 1 |\n', 'a.md')).toBeNull()
  })

  it('calls white space only empty', () => {
    expect(findTextProblem(' \n\t\n', 'a.md')?.ruleId).toBe('file-empty')
  })

  it('calls a NUL byte near the start, or mostly control characters, binary', () => {
    expect(findTextProblem('abc\0def', 'a.md')?.ruleId).toBe('file-binary')
    expect(findTextProblem('\u0001\u0002\u0003abc', 'a.md')?.reason).toBe('Expected text, got binary data (`50%` control or invalid bytes)')
  })
})

describe('findTextProblem on long articles', () => {
  it('leaves a stray NUL past the first 8,000 characters to the parser, which warns', () => {
    expect(findTextProblem('= T =\n' + 'prose line\n'.repeat(1000) + 'a\0b\n', 'a.md')).toBeNull()
  })
})

describe('parseSize', () => {
  it('reads bytes and binary units', () => {
    expect(parseSize('500')).toBe(500)
    expect(parseSize('500k')).toBe(512000)
    expect(parseSize('8MiB')).toBe(8 * 1024 * 1024)
    expect(parseSize('1.5 MB')).toBe(1.5 * 1024 * 1024)
  })

  it('refuses what is not a size', () => {
    expect(parseSize('lots')).toBeNull()
    expect(parseSize('0')).toBeNull()
  })
})

describe('renameCsvId', () => {
  it('renames the first cell of every record, not a line inside a quoted cell', () => {
    const rows = 'a,"x\na,y",1\na,z,2\n'
    expect(renameCsvId(rows, 'a', 'a-2')).toBe('a-2,"x\na,y",1\na-2,z,2\n')
  })
})
