/**
 * Every consistency rule, in the order they run.
 */
import {delegatesBreakdownMismatch} from './delegates-breakdown-mismatch.js'
import {delegatesTotalMismatch} from './delegates-total-mismatch.js'
import {duplicateInfoboxKey} from './duplicate-infobox-key.js'
import {figureOutOfRange} from './figure-out-of-range.js'
import {numberingGap} from './numbering-gap.js'
import {percentMismatch} from './percent-mismatch.js'
import {percentSum} from './percent-sum.js'
import type {Rule} from './rule.js'
import {stageMismatch} from './stage-mismatch.js'
import {unknownInfoboxKey} from './unknown-infobox-key.js'
import {votesTotalMismatch} from './votes-total-mismatch.js'

/** The rules `validateElection` runs. */
export const rules: readonly Rule[] = [
  votesTotalMismatch,
  figureOutOfRange,
  percentMismatch,
  percentSum,
  delegatesTotalMismatch,
  delegatesBreakdownMismatch,
  stageMismatch,
  numberingGap,
  duplicateInfoboxKey,
  unknownInfoboxKey
]
