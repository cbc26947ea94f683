/**
 * Every regular expression written in `src/`, read from the sources with the TypeScript
 * parser, for checks that must cover regexes that are not exported.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** A regex literal: where it is and what it says. */
export interface SourceRegex {
  /** `src/extract/parse-count.ts:10`. */
  place: string
  /** The pattern between the slashes. */
  source: string
  /** The flags after the last slash. */
  flags: string
}

/** What `src/` holds: regex literals, and the places where a regex is built at run time. */
export interface SourceRegexes {
  /** Every `/.../flags` literal. */
  literals: SourceRegex[]
  /** Every `new RegExp(...)` or `RegExp(...)` call, as `file:line`. */
  built: string[]
}

/** The repository's root. */
export const root = fileURLToPath(new URL('../..', import.meta.url))

/** Read every regex of the `.ts` files under `src/`. */
export function sourceRegexes(): SourceRegexes {
  const result: SourceRegexes = {literals: [], built: []}
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = readFileSync(file, 'utf8')
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const name = path.relative(root, file).split(path.sep).join('/')
    const placeOf = (node: ts.Node) => `${name}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/')
        result.literals.push({place: placeOf(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        result.built.push(placeOf(node))
      }
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  return result
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}
