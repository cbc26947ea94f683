/**
 * Property tests draw their cases from one seed, so a run on CI is the run you get at home.
 * Set `WIKITALLY_SEED` to another number to look elsewhere, or to `random` to hunt; a failure
 * prints its seed and path, which replay it exactly.
 */
import fc from 'fast-check'

const wanted = process.env.WIKITALLY_SEED ?? '20261201'

if (wanted !== 'random') {
  const seed = Number(wanted)
  if (!Number.isSafeInteger(seed)) throw new Error(`WIKITALLY_SEED must be an integer or \`random\`, not \`${wanted}\``)
  fc.configureGlobal({...fc.readConfigureGlobal(), seed})
}
