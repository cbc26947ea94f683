/**
 * Making an election's infobox and tables say what its data says.
 */
import {canonicalKey} from '../extract/canonical-key.js'
import type {Election, InfoboxEntry} from '../model/election.js'
import type {ReadProblem} from './election-read-error.js'
import {cleanName} from '../extract/clean-name.js'
import {formatLongDate} from './format-long-date.js'
import {resultsTable, withdrawnMarker} from './results-table.js'

/** Differences that only a table built from the candidates can mend: all but infobox-only fields. */
const needsTable = /^(?:totals|candidates\[\d+\](?!\.(?:homeState|color|infoboxIndex)$))/

/** Infobox entries the extractor reads a contest field from, by field, as key and label. */
const contestEntries = {
  name: ['Election Name'],
  date: ['Election Date'],
  previous: ['Previous Election', 'Previous Year'],
  next: ['Next Election', 'Next Year'],
  delegates: ['Votes For Election'],
  jurisdiction: ['Country']
} as const

/**
 * `election` with its raw infobox and tables changed so that an article written from them
 * reads back as its data, for each field that `differences` (from `electionDifferences`)
 * names: a contest field rewrites the infobox entries it is read from (`Election Name`,
 * `Election Date`, `Previous Election`, ...); a candidate or the totals replace the main
 * table with one built from the candidates (`resultsTable`), or add one, and rewrite the
 * infobox entries of each candidate's number (`CandidateN`, `Home StateN`, `ColorN`).
 *
 * A field no entry or table carries (the title, the stage) is left as it is; the caller
 * checks what the revised article reads back as.
 */
export function reviseArticle(election: Election, differences: readonly ReadProblem[]): Election {
  const fields = new Set(differences.map((problem) => /^[a-z]+/i.exec(problem.path)?.[0] ?? ''))
  let infobox = election.infobox
  const set = (label: string, value: string | null): void => {
    infobox = withEntry(infobox, label, value ?? '')
  }
  if (fields.has('name')) set(contestEntries.name[0], election.name)
  if (fields.has('date') && election.date !== null) set(contestEntries.date[0], formatLongDate(election.date) ?? election.date)
  for (const field of ['previous', 'next'] as const) {
    if (!fields.has(field)) continue
    const [nameLabel, yearLabel] = contestEntries[field]
    set(nameLabel, election[field].name)
    set(yearLabel, election[field].year === null ? null : String(election[field].year))
  }
  if (fields.has('delegates')) set(contestEntries.delegates[0], delegatesText(election.delegates))
  if (fields.has('jurisdiction')) set(contestEntries.jurisdiction[0], election.jurisdiction.name)
  if (!fields.has('candidates') && !fields.has('totals')) return {...election, infobox}
  for (const candidate of election.candidates) {
    const number = candidate.infoboxIndex
    if (number === null) continue
    const named = infobox.find((entry) => entry.key === `candidate${number}` || entry.key === `nominee${number}`)
    const read = named ? cleanName(named.value) : null
    // Keep the entry as written (`John Edwards, (withdrawn)`) when it reads as the candidate.
    if (read?.name !== candidate.name || read.withdrawn !== candidate.withdrawn) {
      set(`Candidate${number}`, candidate.withdrawn ? `${candidate.name} ${withdrawnMarker}` : candidate.name)
    }
    set(`Home State${number}`, candidate.homeState)
    set(`Color${number}`, candidate.color)
  }
  // Home state, colour and infobox number live in the infobox only: the table can stay.
  if (!differences.some((problem) => needsTable.test(problem.path))) return {...election, infobox}
  const main = election.mainTable === null ? undefined : election.tables[election.mainTable]
  const tables = main && election.mainTable !== null
    ? election.tables.map((table, at) => (at === election.mainTable ? resultsTable(election, main) : table))
    : [...election.tables, resultsTable(election, null)]
  return {...election, infobox, tables, mainTable: main ? election.mainTable : tables.length - 1}
}

/**
 * `infobox` with the entry of `label`'s key set to `value`: the first such entry changed in
 * place, else (when `value` is not empty) a new entry at the end.
 */
function withEntry(infobox: readonly InfoboxEntry[], label: string, value: string): InfoboxEntry[] {
  const key = canonicalKey(label)
  // `Colour1` is read as `Color1`: change the entry the article has, under either spelling.
  const same = (entry: InfoboxEntry) => entry.key === key || entry.key === key.replace(/^color/, 'colour') || entry.key === key.replace(/^candidate/, 'nominee')
  const at = infobox.findIndex(same)
  if (at === -1) return value === '' ? [...infobox] : [...infobox, {key, label, value, position: null}]
  if (infobox[at]?.value === value) return [...infobox]
  return infobox.map((entry, index) => (index === at ? {...entry, value} : entry))
}

/** `Votes For Election` text that gives back `delegates`: `107 delegates (90 pledged, 17 unpledged)`. */
function delegatesText(delegates: Election['delegates']): string | null {
  const parts = [
    delegates.pledged === null ? null : `${delegates.pledged} pledged`,
    delegates.unpledged === null ? null : `${delegates.unpledged} unpledged`
  ].filter((part) => part !== null)
  if (delegates.total === null && parts.length === 0) return null
  const total = delegates.total === null ? 'delegates' : `${delegates.total} delegates`
  return parts.length === 0 ? total : `${total} (${parts.join(', ')})`
}
