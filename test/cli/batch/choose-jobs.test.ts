import {describe, expect, it} from 'vitest'
import {bytesPerWorker, chooseJobs, fixedJobs, inThreadBytes} from '../../../src/cli/batch/choose-jobs.js'

const mebibytes = (count: number) => count * 1024 * 1024

describe('chooseJobs', () => {
  it('gives a large batch one worker per idle core', () => {
    expect(chooseJobs({cores: 8, load: 0}, {count: 20_000, bytes: mebibytes(600)})).toEqual({jobs: 8, inThread: false})
    expect(chooseJobs({cores: 8, load: 5.2}, {count: 20_000, bytes: mebibytes(600)})).toEqual({jobs: 3, inThread: false})
  })

  it('runs one job on a machine whose cores are all busy', () => {
    expect(chooseJobs({cores: 2, load: 2.7}, {count: 20_000, bytes: mebibytes(600)}).jobs).toBe(1)
  })

  it('gives each worker at least bytesPerWorker, and no more workers than inputs', () => {
    expect(chooseJobs({cores: 16, load: 0}, {count: 2000, bytes: 3 * bytesPerWorker + 1}).jobs).toBe(3)
    expect(chooseJobs({cores: 16, load: 0}, {count: 2, bytes: mebibytes(100)}).jobs).toBe(2)
  })

  it('converts a small batch in the main thread, a large one or a stream in a worker', () => {
    expect(chooseJobs({cores: 2, load: 0}, {count: 2000, bytes: mebibytes(6)})).toEqual({jobs: 1, inThread: true})
    expect(chooseJobs({cores: 2, load: 3}, {count: 20_000, bytes: inThreadBytes + 1})).toEqual({jobs: 1, inThread: false})
    expect(chooseJobs({cores: 1, load: 0}, {count: null, bytes: null})).toEqual({jobs: 1, inThread: false})
  })
})

describe('fixedJobs', () => {
  it('keeps the asked number, capped by the inputs', () => {
    expect(fixedJobs(4, {count: 100, bytes: mebibytes(1)})).toEqual({jobs: 4, inThread: false})
    expect(fixedJobs(4, {count: 1, bytes: 100})).toEqual({jobs: 1, inThread: true})
    expect(fixedJobs(1, {count: 20_000, bytes: inThreadBytes + 1})).toEqual({jobs: 1, inThread: false})
  })
})
