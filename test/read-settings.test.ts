import {describe, expect, it} from 'vitest'
import {readSettings} from '../src/read-settings.js'

describe('readSettings', () => {
  it('reads rules, maxSize and to', () => {
    const read = readSettings({rules: {'numbering-gap': 'off', 'row-shape': 'warning'}, maxSize: 1024, to: 'csv'})
    expect(read).toEqual({settings: {rules: {'numbering-gap': 'off', 'row-shape': 'warning'}, maxSize: 1024, to: 'csv'}})
  })

  it('gives null for absent settings and no rules for an empty object', () => {
    expect(readSettings({})).toEqual({settings: {rules: {}, maxSize: null, to: null}})
  })

  it('keeps `__proto__` from JSON as data, and refuses it as a setting', () => {
    expect(readSettings(JSON.parse('{"__proto__": {"rules": {}}}'))).toEqual({problem: 'Expected a setting among `rules`, `maxSize`, `to`, got `__proto__`'})
  })

  it.each([
    [[], 'Expected settings to be an object, got `an array`'],
    [{rule: {}}, 'Expected a setting among `rules`, `maxSize`, `to`, got `rule`'],
    [{rules: 'off'}, 'Expected `rules` to be an object of rule ids, got `off`'],
    [{rules: {'numbering-gaps': 'off'}}, 'Expected a known rule id, got `numbering-gaps`; the ids are input-too-large, input-too-deep,'],
    [{rules: {'file-empty': 'off'}}, 'Expected a rule id that a setting can change, got `file-empty`, a failure of the command line that is always an error'],
    [{rules: {'numbering-gap': 'loud'}}, 'Expected rule `numbering-gap` to be off, error, warning, info, got `loud`'],
    [{rules: {'numbering-gap': true}}, 'Expected rule `numbering-gap` to be off, error, warning, info, got `true`'],
    [{maxSize: '8M'}, 'Expected `maxSize` to be a whole number of bytes, got `8M`'],
    [{maxSize: 0}, 'Expected `maxSize` to be a whole number of bytes, got `0`'],
    [{to: 3}, 'Expected `to` to be a format name, got `3`'],
    [{'\u001b[2J': 1}, 'got `\\u001b[2J`'],
    [{rules: {'\u001b[2J': 'off'}}, 'Expected a known rule id, got `\\u001b[2J`']
  ])('refuses %j, naming the bad field', (value, problem) => {
    const read = readSettings(value)
    expect('problem' in read ? read.problem : '').toContain(problem)
  })

  it('gives rules a parseElection takes as they are', () => {
    const read = readSettings({rules: {'numbering-gap': 'off'}})
    expect('settings' in read && Object.getPrototypeOf(read.settings.rules)).toBe(null)
  })
})
