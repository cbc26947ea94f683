import {availableParallelism, loadavg} from 'node:os'
import {expect, it} from 'vitest'
import {readMachineShare} from '../../../src/cli/batch/read-machine-share.js'

it('readMachineShare gives at least one and at most the available cores, and a load of 0 or more', () => {
  const share = readMachineShare()
  expect(share.cores).toBeGreaterThanOrEqual(1)
  expect(share.cores).toBeLessThanOrEqual(availableParallelism())
  expect(share.load).toBeGreaterThanOrEqual(0)
  expect(Number.isFinite(share.load)).toBe(true)
  expect(loadavg()).toHaveLength(3)
})
