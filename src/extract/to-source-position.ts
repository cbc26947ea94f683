/**
 * Positions in output data: lines and columns only.
 */
import type {Position} from 'unist'
import type {SourcePosition} from '../model/election.js'

/** `position` without offsets, or null when there is none. */
export function toSourcePosition(position: Position | undefined): SourcePosition | null {
  if (!position) return null
  return {
    start: {line: position.start.line, column: position.start.column},
    end: {line: position.end.line, column: position.end.column}
  }
}
