/**
 * The id of an election, taken from the contest it describes rather than from where the
 * article was stored, so the same article gets the same id from any folder and file name.
 */
import type {ElectionFacts} from './election.js'

/** Runs of characters that are not ASCII letters or digits (`, `, ` (`). */
const nonSlugRun = /[^a-z\d]+/g

/** Combining marks left by NFKD decomposition (`é` -> `e` + U+0301). */
const combiningMarks = /\p{M}/gu

/** A leading or trailing dash (runs are already single dashes). */
const edgeDashes = /^-|-$/g

/** Everything up to the last `/` or `\` of a path (`corpus/2004/`). */
const folders = /^.*[/\\]/

/** Extension of a file name (`.md`); a leading dot (`.hidden`) is not one. */
const extension = /(?<=.)\.[^.]*$/

/** Id of an election with no contest, no file name and no usable title. */
const fallbackId = 'election'

/**
 * The id of `election`, lowercase ASCII letters, digits and dashes:
 *
 * - `YEAR-CODE-PARTY-STAGE` when the year, the jurisdiction's code and the stage are known
 *   (`2004-nc-democratic-caucus`); without a party, `YEAR-CODE-STAGE` (`1952-de-general`);
 * - else the slug of the title, which the article carries wherever it is stored
 *   (`2004 Democrats Abroad presidential caucuses` -> `2004-democrats-abroad-presidential-caucuses`);
 * - else the slug of the source's file name without folders or extension
 *   (`corpus/Vermont 1836.md` -> `vermont-1836`), else `election`.
 *
 * Accents are dropped (`Évian` -> `evian`). Two elections may share an id (two copies of an
 * article); `claimElectionId` makes ids unique where an output needs keys.
 */
export function electionId(election: ElectionFacts): string {
  const {year, stage, party} = election
  const code = election.jurisdiction.code === null ? '' : slugify(election.jurisdiction.code)
  if (year !== null && stage !== null && code !== '') {
    return [String(year), code, party === null ? '' : slugify(party), stage].filter((part) => part !== '').join('-')
  }
  const title = election.title === null ? '' : slugify(election.title)
  if (title !== '') return title
  const file = election.sourceFile === null ? '' : slugify(fileName(election.sourceFile))
  return file === '' ? fallbackId : file
}

/**
 * `base` if `used` does not hold it yet, else the first of `base-2`, `base-3`, ... that it
 * does not hold; the id returned is added to `used`. Claiming ids in input order gives the
 * same ids for the same list every time.
 */
export function claimElectionId(base: string, used: Set<string>): string {
  let id = base
  for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`
  used.add(id)
  return id
}

/** The file name of `path` without its folders and extension (`a/b/c.md` -> `c`). */
function fileName(path: string): string {
  return path.replace(folders, '').replace(extension, '')
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
