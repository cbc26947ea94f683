/**
 * The top-level command line: help, version, dispatch, schema.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {helpText} from '../../src/cli/help.js'
import {run, version} from '../../src/cli/run.js'
import {toJsonSchemaText} from '../../src/serialize/to-json-schema.js'
import {makeIo} from './make-io.js'

describe('wikitally', () => {
  it('prints its help, pinned, naming every command', async () => {
    const made = makeIo(process.cwd())
    expect(await run(['--help'], made.io)).toBe(0)
    expect(made.stdout()).toBe(helpText)
    for (const command of ['convert', 'check', 'show', 'schema', 'rules']) expect(helpText).toContain(`  ${command} `)
  })

  it('prints the help and exits 2 when no command is given', async () => {
    const made = makeIo(process.cwd())
    expect(await run([], made.io)).toBe(2)
    expect(made.stdout()).toBe(helpText)
  })

  it('prints the version of package.json', async () => {
    const made = makeIo(process.cwd())
    expect(await run(['--version'], made.io)).toBe(0)
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
    expect(made.stdout()).toBe(pkg.version + '\n')
    expect(version).toBe(pkg.version)
  })

  it('exits 2 for an unknown command, naming the known ones', async () => {
    const made = makeIo(process.cwd())
    expect(await run(['conver'], made.io)).toBe(2)
    expect(made.stderr()).toContain('unknown command `conver`')
    expect(made.stderr()).toContain('convert, check, show, schema')
  })

  it('prints the JSON Schema with `schema`', async () => {
    const made = makeIo(process.cwd())
    expect(await run(['schema'], made.io)).toBe(0)
    expect(made.stdout()).toBe(toJsonSchemaText())
    expect((JSON.parse(made.stdout()) as {$schema: string}).$schema).toContain('2020-12')
    expect(await run(['schema', 'extra'], makeIo(process.cwd()).io)).toBe(2)
  })
})
