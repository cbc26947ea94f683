/**
 * Writing JSON in pieces, for outputs too large to hold as one string.
 */
import {isLargeValue, pieceLength, type Gathered} from './large-value.js'

/**
 * The text of `JSON.stringify(value, null, space)` in pieces of about `pieceLength`
 * characters, so that a large value never exists as one string: joined, the pieces are
 * exactly that text. Lines after the first start with `prefix`, as they would with `value`
 * nested at that indentation (`prefix` is ignored when `space` is 0: there are no lines).
 *
 * Objects with a `toJSON` method are written by `JSON.stringify` whole.
 */
export function* jsonChunks(value: unknown, space: number, prefix = ''): Generator<string, void, undefined> {
  const gathered: Gathered = {text: ''}
  yield* walk(value, ' '.repeat(space), space === 0 ? '' : prefix, gathered)
  if (gathered.text !== '') yield gathered.text
}

/** Append `value` at `prefix` to `gathered`, handing out full pieces. */
function* walk(value: unknown, gap: string, prefix: string, gathered: Gathered): Generator<string, void, undefined> {
  if (!isWalked(value)) {
    const text = JSON.stringify(value, null, gap) as string | undefined
    gathered.text += prefix === '' || text === undefined ? String(text) : text.replaceAll('\n', '\n' + prefix)
    return
  }
  const inner = prefix + gap
  const lineStart = gap === '' ? '' : '\n' + inner
  const array = Array.isArray(value)
  const keys = array ? null : Object.keys(value).filter((key) => !isOmitted((value as Record<string, unknown>)[key]))
  const count = keys === null ? (value as unknown[]).length : keys.length
  if (count === 0) {
    gathered.text += array ? '[]' : '{}'
    return
  }
  gathered.text += array ? '[' : '{'
  for (let index = 0; index < count; ) {
    gathered.text += index === 0 ? '' : ','
    const key = keys?.[index]
    if (key !== undefined) {
      gathered.text += lineStart + JSON.stringify(key) + (gap === '' ? ':' : ': ')
      yield* walk((value as Record<string, unknown>)[key], gap, inner, gathered)
      index++
    } else if (isWalked((value as unknown[])[index])) {
      gathered.text += lineStart
      yield* walk((value as unknown[])[index], gap, inner, gathered)
      index++
    } else {
      // Small items in a row are written by one call, as the elements of an array of them.
      let end = index + 1
      while (end < count && end - index < itemsPerCall && !isWalked((value as unknown[])[end])) end++
      gathered.text += itemsText((value as unknown[]).slice(index, end), gap, prefix)
      index = end
    }
    if (gathered.text.length >= pieceLength) {
      yield gathered.text
      gathered.text = ''
    }
  }
  gathered.text += (gap === '' ? '' : '\n' + prefix) + (array ? ']' : '}')
}

/** Small items of an array written by one `JSON.stringify`. */
const itemsPerCall = 64

/**
 * `items` as they are written inside an array at `prefix`, each on its own line (after a
 * line break) and separated by commas: the text of the array of them without its brackets,
 * its lines moved to `prefix`. A missing item is `null`, as in any array.
 */
function itemsText(items: readonly unknown[], gap: string, prefix: string): string {
  const text = JSON.stringify(items, null, gap)
  if (gap === '') return text.slice(1, -1)
  const lines = text.slice(2, -2)
  return '\n' + prefix + (prefix === '' ? lines : lines.replaceAll('\n', '\n' + prefix))
}

/** Whether `value` is walked here rather than written by `JSON.stringify` whole. */
function isWalked(value: unknown): value is object {
  return isLargeValue(value) && typeof (value as {toJSON?: unknown}).toJSON !== 'function'
}

/** Whether JSON leaves `value` out of an object (and writes it `null` in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}
