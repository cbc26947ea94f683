/**
 * Turning one CSV cell back into a typed value.
 */
import type {CsvCell, CsvColumnType} from './csv-columns.js'
import {describeValue} from './describe-value.js'
import {restoreFormula} from './neutralize-formula.js'
import {unsafeIntegerReason} from './unsafe-integer-reason.js'

/** A cell as parsed: its text and whether it was quoted. */
export interface RawCsvCell {
  /** Text of the cell, quotes removed. */
  text: string
  /** Whether the cell was quoted (`""` is the empty string, a bare empty cell is null). */
  quoted: boolean
}

/** The typed value of a cell, or why it has none. */
export type CsvCellResult =
  | {ok: true; value: CsvCell<CsvColumnType> | null}
  | {ok: false; reason: string}

/**
 * A number as `toCsv` writes it: optional minus, digits with an optional fraction, optional
 * exponent (`-3`, `51.06`, `1e+21`, `5e-7`). No thousands separators, no `Infinity`.
 */
const plainNumber = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i

/**
 * Read `cell` as a value of `type`: a bare empty cell is null; `text` cells are text
 * (`'` prefix dropped unless `raw`); `number`, `integer` and `boolean` cells are cast, and a
 * cell that does not fit gives a reason (`expected number, got "many"`). An `integer` cell
 * must be a safe integer: a larger one would be rounded (`9007199254740993` reads as `...992`).
 */
export function readCsvCell(cell: RawCsvCell, type: CsvColumnType, raw: boolean): CsvCellResult {
  if (cell.text === '' && !cell.quoted) return {ok: true, value: null}
  switch (type) {
    case 'text':
      return {ok: true, value: raw ? cell.text : restoreFormula(cell.text)}
    case 'boolean':
      if (cell.text === 'true' || cell.text === 'false') return {ok: true, value: cell.text === 'true'}
      return {ok: false, reason: `expected boolean, got ${describeValue(cell.text)}`}
    case 'number':
    case 'integer': {
      const value = plainNumber.test(cell.text) ? Number(cell.text) : Number.NaN
      if (type === 'number' && Number.isFinite(value)) return {ok: true, value}
      if (Number.isSafeInteger(value)) return {ok: true, value}
      // `9007199254740993` reads as `9007199254740992`: refuse what a number cannot hold exactly.
      if (Number.isInteger(value)) return {ok: false, reason: unsafeIntegerReason(describeValue(cell.text))}
      return {ok: false, reason: `expected ${type}, got ${describeValue(cell.text)}`}
    }
  }
}
