/**
 * Words a results table prints where a figure would stand, when there is none to count.
 */

/** Lower-case words meaning "no count": a contest with one name on the ballot, or none held. */
export const noFigureWords: ReadonlySet<string> = new Set([
  'unopposed', 'uncontested', 'unopp.', 'unopp', 'no contest', 'no election', 'not held', 'n.a.'
])
