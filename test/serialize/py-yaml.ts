/**
 * Reading YAML with PyYAML, a YAML 1.1 reader, when the machine has it.
 */
import {spawnSync} from 'node:child_process'

/** Compares each YAML text with its JSON twin after loading both in Python. */
const compareScript = `
import json, sys, yaml
loader = getattr(yaml, sys.argv[1], yaml.SafeLoader)
pairs = json.load(sys.stdin)
out = []
for yaml_text, json_text in pairs:
    try:
        got = json.dumps(yaml.load(yaml_text, Loader=loader))
    except Exception as error:
        got = 'error: ' + str(error)
    out.append(got == json.dumps(json.loads(json_text)) or got)
json.dump(out, sys.stdout)
`

/** Whether `python3 -c 'import yaml'` works. */
export function hasPyYaml(): boolean {
  return spawnSync('python3', ['-c', 'import yaml'], {stdio: 'ignore'}).status === 0
}

/** PyYAML's pure Python safe loader, or its libyaml one (much faster, falls back to Python). */
export type PyYamlLoader = 'SafeLoader' | 'CSafeLoader'

/**
 * For each `[yaml, json]` pair, `true` when PyYAML reads the YAML as the same data as the
 * JSON (types included), else what PyYAML read (as JSON) or its error.
 */
export function compareWithPyYaml(
  pairs: ReadonlyArray<readonly [string, string]>,
  loader: PyYamlLoader = 'SafeLoader'
): Array<true | string> {
  const result = spawnSync('python3', ['-c', compareScript, loader], {
    input: JSON.stringify(pairs),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Array<true | string>
}
