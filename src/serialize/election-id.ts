/**
 * Stable ids for elections in tabular output.
 */
import type {Election} from '../model/election.js'

/** Runs of characters that are not ASCII letters or digits (`, `, ` (`). */
const nonSlugRun = /[^a-z\d]+/g

/** Combining marks left by NFKD decomposition (`é` -> `e` + U+0301). */
const combiningMarks = /\p{M}/gu

/** A leading or trailing dash (runs are already single dashes). */
const edgeDashes = /^-|-$/g

/** Extension of a file name (`.md`); a leading dot (`.hidden`) is not one. */
const extension = /(?<=[^/\\])\.[^./\\]*$/

/** Id of an election with neither a source file nor a usable title. */
const fallbackId = 'election'

/**
 * A slug for `election`: from the source file's path without its extension
 * (`corpus/2004-nc.md` -> `corpus-2004-nc`, so files of the same name in different folders
 * keep apart in one dataset), else from the title (`2004 North Carolina ...` ->
 * `2004-north-carolina-...`), else `election`. Lowercase ASCII letters, digits and dashes;
 * accents are dropped (`Évian` -> `evian`).
 */
export function electionId(election: Election): string {
  const file = election.sourceFile === null ? '' : slugify(baseName(election.sourceFile))
  if (file !== '') return file
  const title = election.title === null ? '' : slugify(election.title)
  return title === '' ? fallbackId : title
}

/**
 * Ids for `elections` in order, unique within the list: a repeated slug gets `-2`, `-3`, ...
 * (the first keeps the bare slug). The same list always gets the same ids.
 */
export function electionIds(elections: readonly Election[]): string[] {
  const used = new Set<string>()
  return elections.map((election) => {
    const base = electionId(election)
    let id = base
    for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`
    used.add(id)
    return id
  })
}

/** `path` without the extension of its file name. */
function baseName(path: string): string {
  return path.replace(extension, '')
}

/** Lowercase ASCII letters and digits joined by single dashes. */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(nonSlugRun, '-')
    .replace(edgeDashes, '')
}
