/**
 * Words in a title or election name that say which kind of contest it was.
 */
import type {Stage} from '../model/election.js'

/** Lower-case word -> stage (`caucuses` -> `caucus`). */
export const stageWords = {
  primary: 'primary',
  primaries: 'primary',
  caucus: 'caucus',
  caucuses: 'caucus',
  convention: 'convention',
  conventions: 'convention'
} as const satisfies Readonly<Record<string, Stage>>
