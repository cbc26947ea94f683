import {describe, expect, it} from 'vitest'
import {cleanName} from '../../src/extract/clean-name.js'

const plain = {withdrawn: false, mark: null, incumbent: false}

describe('cleanName', () => {
  it('reads a plain name', () => {
    expect(cleanName('John Kerry')).toEqual({name: 'John Kerry', ...plain})
  })

  it('reads `(withdrawn)` and the infobox `, (withdrawn)` form', () => {
    expect(cleanName('Howard Dean (withdrawn)')).toEqual({name: 'Howard Dean', ...plain, withdrawn: true})
    expect(cleanName('John Edwards, (withdrawn)')).toEqual({name: 'John Edwards', ...plain, withdrawn: true})
  })

  it('reads other withdrawal words in any case', () => {
    expect(['(withdrew)', '(Dropped out)', '(suspended)'].map((marker) => cleanName(`A. Smith ${marker}`).withdrawn)).toEqual([true, true, true])
  })

  it('reads a trailing `*`, `†` or `^` as the mark of a legend line', () => {
    expect(cleanName('John Cox*')).toEqual({name: 'John Cox', ...plain, mark: '*'})
    expect(cleanName('John Cox †')).toEqual({name: 'John Cox', ...plain, mark: '†'})
    expect(cleanName('Bill Clinton^')).toEqual({name: 'Bill Clinton', ...plain, mark: '^'})
  })

  it('keeps the mark nearest the name when several follow it', () => {
    expect(cleanName('Ann Lee†*').mark).toBe('†')
  })

  it('reads `(incumbent)`', () => {
    expect(cleanName('William Howard Taft (incumbent)')).toEqual({name: 'William Howard Taft', ...plain, incumbent: true})
  })

  it('reads the election-box abbreviation `(inc.)` as `(incumbent)`', () => {
    expect(cleanName('Franklin D. Roosevelt (inc.)')).toEqual({name: 'Franklin D. Roosevelt', ...plain, incumbent: true})
  })

  it('drops a `(write-in)` marker after a name, also in the infobox `, (write-in)` form', () => {
    expect(cleanName('Joe Schriner (write-in)')).toEqual({name: 'Joe Schriner', ...plain})
    expect(cleanName('Ron Paul, (write-in)')).toEqual({name: 'Ron Paul', ...plain})
    expect(cleanName('Howard Dean (Write-In) (withdrawn)')).toEqual({name: 'Howard Dean', ...plain, withdrawn: true})
  })

  it('keeps a cell that is only `(write-in)` as the row name', () => {
    expect(cleanName('(write-in)').name).toBe('(write-in)')
  })

  it('strips footnotes glued to the name', () => {
    expect(cleanName('Hillary Clinton[7]').name).toBe('Hillary Clinton')
    expect(cleanName('John Cox*[2]')).toEqual({name: 'John Cox', ...plain, mark: '*'})
  })

  it('collapses inner spaces', () => {
    expect(cleanName('  Al   Sharpton ').name).toBe('Al Sharpton')
  })

  it('keeps a home state tail, which is part of the name as shown', () => {
    expect(cleanName('William Henry Harrison of Ohio').name).toBe('William Henry Harrison of Ohio')
  })
})

describe('cleanName legend marks', () => {
  it('reads a double dagger like a star', () => {
    expect(cleanName('Ann Lee‡')).toMatchObject({name: 'Ann Lee', mark: '‡'})
  })
})
