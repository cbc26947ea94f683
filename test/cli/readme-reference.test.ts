/**
 * The README's command reference names the same options as each command's help.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkHelp} from '../../src/cli/commands/check/check-help.js'
import {convertHelp} from '../../src/cli/commands/convert/convert-help.js'
import {rulesHelp} from '../../src/cli/commands/rules/rules-command.js'
import {schemaHelp} from '../../src/cli/commands/schema/schema-help.js'
import {showHelp} from '../../src/cli/commands/show/show-help.js'
import {commands} from '../../src/cli/run.js'

const helps: Record<string, string> = {convert: convertHelp, check: checkHelp, show: showHelp, schema: schemaHelp, rules: rulesHelp}

/** An option as a help or a synopsis writes it: `--max-size`, `-o`. */
const option = /(?<![\w-])--?[a-z][a-z-]*/g

/** The synopsis block of the README's `## Command line` section. */
function synopsis(): string {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Command line'))
  const start = section.indexOf('```text\n') + '```text\n'.length
  return section.slice(start, section.indexOf('```', start))
}

/** The lines of the synopsis that belong to `command`: its own and the indented ones after it. */
function synopsisOf(command: string): string {
  const lines: string[] = []
  let inside = false
  for (const line of synopsis().split('\n')) {
    if (line.startsWith('wikitally ')) inside = line.startsWith(`wikitally ${command} `) || line === `wikitally ${command}`
    // `convert, check and show also take ...`: options shared by the commands it names.
    const shared = /^([a-z, ]+) also take /.exec(line)
    if (inside || shared?.[1]?.split(/, | and /).includes(command)) lines.push(line)
  }
  return lines.join('\n')
}

/** Options listed in a help's `Options:` block, but `-h`/`--help`, in order. */
function helpOptions(help: string): string[] {
  const block = help.split('\nOptions:\n')[1]?.split('\n\n')[0] ?? ''
  const names = block.split('\n').filter((line) => /^ {2}-/.test(line)).flatMap((line) => line.trim().split(/ {2,}/)[0]?.match(option) ?? [])
  return names.filter((name) => name !== '-h' && name !== '--help')
}

describe('the README command reference', () => {
  it('has a synopsis for every command, and a help for every command', () => {
    expect(Object.keys(helps)).toEqual(Object.keys(commands))
    for (const command of Object.keys(commands)) expect(synopsisOf(command)).not.toBe('')
  })

  for (const [command, help] of Object.entries(helps)) {
    it(`names the options of \`${command} --help\` and no other`, () => {
      const documented = new Set(synopsisOf(command).match(option) ?? [])
      const listed = helpOptions(help)
      // Either spelling of an option with a short form is enough in the synopsis.
      const pairs = help.split('\n').map((line) => line.trim().split(/ {2,}/)[0] ?? '').filter((head) => head.startsWith('-'))
      for (const name of listed) {
        const spellings = pairs.find((head) => head.match(option)?.includes(name))?.match(option) ?? [name]
        expect({command, name, documented: spellings.some((spelling) => documented.has(spelling))}).toEqual({command, name, documented: true})
      }
      for (const name of documented) expect({command, name, inHelp: help.includes(name)}).toEqual({command, name, inHelp: true})
    })
  }
})
