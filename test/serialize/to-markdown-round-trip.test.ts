import {describe, expect, test} from 'vitest'
import {parseElection} from '../../src/parse-election.js'
import {toMarkdown} from '../../src/serialize/to-markdown.js'
import {withoutPositions} from '../../src/serialize/without-positions.js'
import {articleFixtures} from '../article-fixtures.js'

describe('toMarkdown then parseElection', () => {
  test.each(articleFixtures().map((fixture) => [fixture.slug, fixture.input] as const))(
    'gives back the election of %s, but for messages and positions',
    (_slug, input) => {
      const {election} = parseElection(input)
      const again = parseElection(toMarkdown(election)).election
      expect(withoutPositions(again)).toEqual(withoutPositions(election))
    }
  )

  test('writes an article that writes itself again byte for byte', () => {
    for (const fixture of articleFixtures()) {
      const text = toMarkdown(parseElection(fixture.input).election)
      expect(toMarkdown(parseElection(text).election)).toBe(text)
    }
  })
})
