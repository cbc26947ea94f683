/**
 * The cli folders import one way: each from the layers below it, never from above, so the
 * batch engine cannot reach a command and no two folders import each other.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const cli = path.resolve('src/cli')

/**
 * The layer of each folder (and of the files at the top of `src/cli`): a module may import
 * from its own folder and from lower layers only.
 */
const layers: Readonly<Record<string, number>> = {
  'io.ts': 0,
  'worker-entry.ts': 0,
  'help.ts': 0,
  inputs: 1,
  outputs: 1,
  pipeline: 2,
  options: 2,
  terminal: 3,
  batch: 4,
  commands: 5,
  'run.ts': 6,
  'bin.ts': 7
}

/** `from './x.js'` and `import('./x.js')`: a relative module specifier. */
const relativeImport = /(?:from\s+|import\()'(\.{1,2}\/[^']+)'/g

/** The part of `src/cli` a path below it belongs to: its first segment. */
function partOf(file: string): string {
  return path.relative(cli, file).split(path.sep)[0] ?? ''
}

/** Every `.ts` file under `folder`. */
function sources(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts')).map((name) => path.join(folder, name))
}

/** Imports of one part of `src/cli` from another that go up or sideways. */
function wrongWayImports(): string[] {
  const wrong: string[] = []
  for (const file of sources(cli)) {
    const from = partOf(file)
    for (const match of readFileSync(file, 'utf8').matchAll(relativeImport)) {
      const target = path.resolve(path.dirname(file), match[1] ?? '')
      if (!target.startsWith(cli + path.sep)) continue
      const to = partOf(target.replace(/\.js$/, '.ts'))
      if (to === from) continue
      if (!((layers[to] ?? Number.POSITIVE_INFINITY) < (layers[from] ?? Number.NEGATIVE_INFINITY))) wrong.push(`${path.relative(cli, file)} -> ${match[1]}`)
    }
  }
  return wrong
}

describe('src/cli layers', () => {
  it('gives every folder and top-level file a layer', () => {
    const parts = new Set(sources(cli).map(partOf))
    expect([...parts].filter((part) => !Object.hasOwn(layers, part))).toEqual([])
  })

  it('has no import going up a layer or across to a sibling folder', () => {
    expect(wrongWayImports()).toEqual([])
  })

  it('keeps command folders from importing one another', () => {
    const crossings: string[] = []
    for (const file of sources(path.join(cli, 'commands'))) {
      const command = path.relative(path.join(cli, 'commands'), file).split(path.sep)[0]
      for (const match of readFileSync(file, 'utf8').matchAll(relativeImport)) {
        const target = path.resolve(path.dirname(file), match[1] ?? '')
        const relative = path.relative(path.join(cli, 'commands'), target)
        if (!relative.startsWith('..') && relative.split(path.sep)[0] !== command) crossings.push(`${path.relative(cli, file)} -> ${match[1]}`)
      }
    }
    expect(crossings).toEqual([])
  })
})
