import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseElection, type ParsedElection} from '../../src/parse-election.js'
import {firstInvalidUtf8} from '../../src/parse/first-invalid-utf8.js'
import {normalizeText} from '../../src/parse/normalize-text.js'
import {withoutPositions} from '../../src/serialize/without-positions.js'

const seed = readFileSync(new URL('../../fixtures/articles/2004-north-carolina-democratic-caucuses/input.md', import.meta.url), 'utf8')
const seedParsed = parseElection(seed)

/** Messages as `ruleId@line:column`, the part that must not move. */
function places(parsed: ParsedElection): string[] {
  return parsed.election.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`)
}

/** Encoding variants of the seed, each of which must read as the seed. */
const variants: Record<string, string> = {
  'a BOM': '\uFEFF' + seed,
  'CRLF line endings': seed.replaceAll('\n', '\r\n'),
  'CR line endings': seed.replaceAll('\n', '\r'),
  'no final newline': seed.replace(/\n$/, ''),
  'two final newlines': seed + '\n',
  'no-break spaces in names': seed.replaceAll('John Kerry', 'John\u00A0Kerry').replaceAll('Howard Dean', 'Howard\u202FDean'),
  'no-break spaces everywhere but indents': seed.replace(/(?<=\S) /g, '\u00A0'),
  'all of these at once': '\uFEFF' + seed.replaceAll('John Kerry', 'John\u00A0Kerry').replaceAll('\n', '\r\n')
}

describe('encoding variants of the seed', () => {
  it.each(Object.entries(variants))('with %s give the seed\'s election', (_name, text) => {
    expect(withoutPositions(parseElection(text).election)).toEqual(withoutPositions(seedParsed.election))
  })

  it.each(Object.entries(variants))('with %s keep every message\'s line and column', (_name, text) => {
    expect(places(parseElection(text))).toEqual(places(seedParsed))
  })

  it('as UTF-8 bytes with a BOM give the seed\'s election, positions included', () => {
    const bytes = new TextEncoder().encode('\uFEFF' + seed.replaceAll('\n', '\r\n'))
    const parsed = parseElection(new VFile({value: bytes}))
    expect({...parsed.election, sourceFile: null}).toEqual(seedParsed.election)
  })
})

describe('ill-formed UTF-8', () => {
  const withByte = (text: string, before: string, bytes: number[]): Uint8Array => {
    const encoded = new TextEncoder().encode(text)
    const at = new TextEncoder().encode(text.slice(0, text.indexOf(before))).length
    return Uint8Array.from([...encoded.subarray(0, at), ...bytes, ...encoded.subarray(at)])
  }

  it('is a warning at the first bad byte, the rest read as U+FFFD', () => {
    const parsed = parseElection(new VFile({value: withByte(seed, 'Kerry |', [0xc3, 0x28, 0xff])}))
    expect(parsed.election.messages.filter((message) => message.ruleId === 'invalid-utf8')).toEqual([{
      ruleId: 'invalid-utf8',
      severity: 'warning',
      reason: 'Expected UTF-8 text, got byte `0xC3`; ill-formed bytes are read as U+FFFD',
      line: 54,
      column: 8,
      endLine: 54,
      endColumn: 9
    }])
    expect(parsed.election.candidates[1]?.name).toBe('John \uFFFD(\uFFFDKerry')
  })

  it('is placed by the characters before it, not by bytes', () => {
    const parsed = parseElection(new VFile({value: withByte('= Élection à 2004 =\r\nTitle', 'Title', [0x80])}))
    expect(parsed.election.messages.find((message) => message.ruleId === 'invalid-utf8')).toMatchObject({line: 2, column: 1})
  })
})

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text of 1 to 4 bytes', [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['a stray continuation byte', [0x41, 0x80], 1],
    ['an overlong form', [0xc0, 0x80], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['a surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82], 1],
    ['a lead byte followed by ASCII', [0xe2, 0x41], 0],
    ['bytes F5 to FF', [0x41, 0xf5], 1]
  ])('finds %s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected)
  })

  it('agrees with the WHATWG decoder on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 64}), (bytes) => {
      const bad = firstInvalidUtf8(bytes)
      let valid = true
      try {
        new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
      } catch {
        valid = false
      }
      expect(bad === -1).toBe(valid)
      if (bad === -1) return
      const lenient = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
      const before = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(0, bad))
      expect(lenient.startsWith(before + '\uFFFD')).toBe(true)
    }), {numRuns: 2_000})
  })
})

describe('hidden characters', () => {
  it('reports NUL once, at the first, with the count, and reads it as U+FFFD', () => {
    const text = seed.replace('John Kerry |', 'John\0Kerry |').replace('Al Sharpton', 'Al\0Sharpton')
    const parsed = parseElection(text)
    expect(parsed.election.messages.filter((message) => message.ruleId === 'nul-byte')).toEqual([{
      ruleId: 'nul-byte',
      severity: 'warning',
      reason: 'Expected no NUL character, got `2` of them (the first here); they are read as U+FFFD',
      line: 54,
      column: 7,
      endLine: 54,
      endColumn: 8
    }])
    expect(parsed.election.candidates[1]?.name).toBe('John\uFFFDKerry')
    expect(JSON.stringify(parsed.election)).not.toContain('\\u0000')
  })

  it('reports bidirectional controls at the first, and keeps them as data', () => {
    const text = seed.replace('Dennis Kucinich |', 'Dennis \u202EhcinicuK |')
    const parsed = parseElection(text)
    expect(parsed.election.messages.filter((message) => message.ruleId === 'bidi-control')).toMatchObject([{
      severity: 'warning',
      reason: 'Expected no bidirectional control character, got `U+202E` (1 in all, the first here); it can show text in another order than it is stored',
      line: 55,
      column: 10
    }])
    expect(parsed.election.candidates[2]?.name).toBe('Dennis \u202EhcinicuK')
  })

  it('places them past a BOM as an editor does', () => {
    const parsed = parseElection('\uFEFFa\u2066b')
    expect(parsed.election.messages.find((message) => message.ruleId === 'bidi-control')).toMatchObject({line: 1, column: 2})
  })
})

describe('normalizeText', () => {
  it('keeps every line and column but the BOM\'s', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\u00A0d\0')).toBe('a\nb\nc d\uFFFD')
  })
})
