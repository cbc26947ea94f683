/**
 * Words that say what a legend mark means.
 */

/** Phrases of a withdrawal legend (`Withdrew before the vote`, `Dropped out`). */
export const withdrawalWords: readonly string[] = [
  'withdrew', 'withdrawn', 'withdrawal', 'withdraw', 'dropped out', 'drop out', 'suspended', 'left the race',
  'ended his campaign', 'ended her campaign', 'ended their campaign', 'no longer in the race', 'retired from the race'
]

/** Phrases of an incumbent legend (`Incumbent president`). */
export const incumbentWords: readonly string[] = ['incumbent']
