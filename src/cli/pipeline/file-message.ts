/**
 * The message type the commands report.
 */
import type {VFile} from 'vfile'

/** A vfile message (`vfile` does not export the class's type by name). */
export type FileMessage = VFile['messages'][number]
