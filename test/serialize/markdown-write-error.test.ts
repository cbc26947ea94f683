import {describe, expect, test} from 'vitest'
import {MarkdownWriteError} from '../../src/serialize/markdown-write-error.js'

describe('MarkdownWriteError', () => {
  test('lists five problems and counts the rest', () => {
    const problems = Array.from({length: 7}, (_, at) => ({path: `tables[${at}]`, reason: 'expected x, got y'}))
    const error = new MarkdownWriteError(problems)
    expect(error.name).toBe('MarkdownWriteError')
    expect(error.problems).toHaveLength(7)
    expect(error.message.split('\n')).toEqual([
      'Cannot write the election as an article without losing data:',
      ...problems.slice(0, 5).map((problem) => `  ${problem.path}: ${problem.reason}`),
      '  and 2 more'
    ])
  })
})
