/**
 * A stand-in pipeline for command tests: the handmade seed election, validated on the file.
 */
import type {ElectionParser} from '../../src/cli/election-parser.js'
import {report} from '../../src/model/report.js'
import {validateElection} from '../../src/validate/validate-election.js'
import {makeSeedElection} from '../validate/election-factory.js'

/**
 * Build the seed election whatever the text says, except: `17,909` misprints the Total row,
 * `clean` gives an election without findings, `fatal` fails the file.
 */
export const fakeParser: ElectionParser = (file, options) => {
  const text = String(file)
  if (text.includes('fatal')) {
    report(file, 'Expected an article, got `fatal`', undefined, 'no-results')
    file.messages.at(-1)!.fatal = true
    throw file.messages.at(-1)
  }
  const election = makeSeedElection()
  if (text.includes('17,909')) election.totals.votes = 17909
  if (text.includes('clean')) {
    election.name = election.title
    election.infobox = election.infobox.filter((entry) => !entry.key.startsWith('candidate'))
  }
  validateElection(election, file, options)
  return {election, messages: file.messages}
}
