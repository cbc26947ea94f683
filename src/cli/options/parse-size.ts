/**
 * Reading a size option such as `--max-size 8MiB`.
 */
import {mebibyte} from '../inputs/format-size.js'

/** A number and an optional unit: `8`, `8M`, `1.5 MiB`, `500kb`. */
const sizePattern = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i

/** Bytes per unit letter. */
const unitBytes = {'': 1, k: 1024, m: mebibyte, g: 1024 * mebibyte} as const

/**
 * Bytes in `text`: a plain number is bytes; `k`, `m`, `g` (with or without `iB` / `B`)
 * are powers of 1,024. Null when `text` is not a size.
 */
export function parseSize(text: string): number | null {
  const match = sizePattern.exec(text.trim())
  if (!match) return null
  const unit = (match[2] ?? '').toLowerCase() as keyof typeof unitBytes
  const bytes = Math.floor(Number(match[1]) * unitBytes[unit])
  return bytes > 0 ? bytes : null
}
