/**
 * Reading the stages a title or election name mentions.
 */
import type {Stage} from '../model/election.js'
import {stageWords} from './stage-words.js'

/** A run of letters: `caucuses` in `2004 ... caucuses,`. */
const word = /\p{L}+/gu

/**
 * The stages named by words of `text`, in order of first mention
 * (`2004 District of Columbia Democratic primary and caucuses` -> `primary`, `caucus`).
 *
 * Only primary / caucus / convention words count: `election` appears in every kind of name.
 */
export function stagesNamed(text: string): Stage[] {
  const found: Stage[] = []
  for (const [letters] of text.toLowerCase().matchAll(word)) {
    const stage = Object.hasOwn(stageWords, letters) ? stageWords[letters as keyof typeof stageWords] : undefined
    if (stage !== undefined && !found.includes(stage)) found.push(stage)
  }
  return found
}
