/**
 * Giving each input of an `--out-dir` run its own output file.
 */

/**
 * The output path for `relative` (a safe relative path, see `safeRelativePath`) with
 * `extension` appended (`a.md` -> `a.md.json`, so `a.md` and `a.txt` never meet), made
 * unique among `used` by a `~2`, `~3`, ... before the extension. Names are compared without
 * case, as macOS and Windows do. Adds the claimed name to `used`.
 */
export function claimOutputPath(used: Set<string>, relative: string, extension: string): string {
  let candidate = `${relative}.${extension}`
  for (let suffix = 2; used.has(candidate.toLowerCase()); suffix++) candidate = `${relative}~${suffix}.${extension}`
  used.add(candidate.toLowerCase())
  return candidate
}
