/**
 * The key order of election data, as a plain tree: each key maps to the order of its value's
 * keys (for an object or a list of objects) or to null (for a scalar).
 *
 * It mirrors `electionSchema` (a test checks they agree) so serializers can order keys
 * without loading the schema library at start-up.
 */

/** Keys in order, each with the order of its value's keys or null. */
export interface KeyOrder {
  readonly [key: string]: KeyOrder | null
}

const point: KeyOrder = {line: null, column: null}
const position: KeyOrder = {start: point, end: point}
const neighbour: KeyOrder = {name: null, year: null}

/** Key order of an election. */
export const electionKeyOrder: KeyOrder = {
  summary: {
    electionId: null,
    title: null,
    date: null,
    year: null,
    stage: null,
    party: null,
    jurisdiction: null,
    jurisdictionCode: null,
    jurisdictionFips: null,
    candidates: null,
    winner: null,
    winnerVotes: null,
    winnerPercent: null,
    winnerDelegates: null,
    runnerUp: null,
    runnerUpVotes: null,
    runnerUpPercent: null,
    marginVotes: null,
    marginPoints: null,
    totalVotes: null,
    totalDelegates: null,
    warnings: null,
    sourceFile: null
  },
  title: null,
  name: null,
  date: null,
  year: null,
  stage: null,
  party: null,
  jurisdiction: {name: null, code: null, fips: null},
  delegates: {total: null, pledged: null, unpledged: null},
  previous: neighbour,
  next: neighbour,
  candidates: {
    name: null,
    kind: null,
    withdrawn: null,
    party: null,
    runningMate: null,
    homeState: null,
    color: null,
    votes: null,
    percent: null,
    delegates: null,
    delegateBreakdown: {pledged: null, unpledged: null, bound: null, unbound: null},
    electoralVotes: null,
    winner: null,
    infoboxIndex: null,
    position
  },
  totals: {votes: null, percent: null, delegates: null, electoralVotes: null, position},
  mainTable: null,
  infobox: {key: null, label: null, value: null, position},
  tables: {section: null, caption: null, captionKind: null, header: null, rows: null, notes: null, position},
  messages: {ruleId: null, severity: null, reason: null, line: null, column: null, endLine: null, endColumn: null},
  sourceFile: null,
  sourceId: null
}

/**
 * Copy `value` with every object's keys in `order`; lists are ordered item by item. Keys the
 * order does not know are dropped; keys the value lacks stay absent. Never throws.
 */
export function orderByKeys(order: KeyOrder | null, value: unknown): unknown {
  if (order === null || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item: unknown) => orderByKeys(order, item))
  const source = value as Readonly<Record<string, unknown>>
  const ordered: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(order)) {
    if (Object.hasOwn(source, key)) ordered[key] = orderByKeys(inner, source[key])
  }
  return ordered
}

/** A {@link KeyOrder} as lists, to check many values against it without allocating. */
export interface KeyList {
  /** The keys in order. */
  readonly keys: readonly string[]
  /** The order of each key's value (by the key's index), or null for a scalar. */
  readonly orders: readonly (KeyList | null)[]
}

/** `order` as a {@link KeyList}. */
export function keyListOf(order: KeyOrder): KeyList {
  const keys = Object.keys(order)
  return {keys, orders: keys.map((key) => {
    const inner = order[key]
    return inner ? keyListOf(inner) : null
  })}
}

/** Key order of an election, as lists. */
export const electionKeyList: KeyList = keyListOf(electionKeyOrder)

/**
 * Whether every object in `value` already has its keys in `list` (a subset of them, in
 * that order), so that {@link orderByKeys} would copy it unchanged. Reads keys without
 * copying anything: the pipeline builds elections in key order, and checking is far
 * cheaper than copying.
 */
export function isInKeyOrder(list: KeyList | null, value: unknown): boolean {
  if (list === null || value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) {
    // A loop, not `every`: a closure per list was most of what a check allocated.
    for (const item of value as unknown[]) if (!isInKeyOrder(list, item)) return false
    return true
  }
  const source = value as Readonly<Record<string, unknown>>
  const {keys, orders} = list
  let cursor = 0
  for (const key in source) {
    if (!Object.hasOwn(source, key)) return false
    while (cursor < keys.length && keys[cursor] !== key) cursor++
    if (cursor === keys.length || !isInKeyOrder(orders[cursor] ?? null, source[key])) return false
    cursor++
  }
  return true
}
