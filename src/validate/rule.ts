/**
 * The shape every diagnostic rule shares, modelled on remark-lint: a stable id, a default
 * severity, and a check that places messages on the file.
 */
import type {VFile} from 'vfile'
import type {Election, Severity, SourcePosition} from '../model/election.js'
import {report} from '../model/report.js'
import {ruleRegistry, type RuleId} from '../model/rule-registry.js'

/** What a configuration may set a rule to: a severity, or `off` to silence it. */
export type RuleSetting = Severity | 'off'

/**
 * Settings by rule id (`{'stage-mismatch': 'off', 'numbering-gap': 'warning'}`).
 *
 * Applies to the extract stage's ids (`number-not-parsed`, ...) as well as to the rules here.
 */
export type RuleConfig = Readonly<Record<string, RuleSetting>>

/** One consistency check over a built election. */
export interface Rule {
  /** Stable kebab-case id naming the problem; never changes once shipped. */
  readonly id: RuleId
  /** Severity when no configuration re-grades it; `error` is kept for "no election". */
  readonly severity: Severity
  /** One line saying what the rule looks for. */
  readonly description: string
  /** Report, on `file`, every place where `election` breaks the rule. */
  readonly check: (election: Election, file: VFile) => void
}

/** The id, severity and description of a rule, as the registry holds them. */
export function registeredRule(id: RuleId): Pick<Rule, 'id' | 'severity' | 'description'> {
  const {severity, description} = ruleRegistry[id]
  return {id, severity, description}
}

/**
 * Report `reason` for `rule` at `position` with the rule's default severity.
 *
 * `validateElection` re-grades afterwards, so rules never look at the configuration.
 */
export function reportRule(file: VFile, rule: Pick<Rule, 'id'>, reason: string, position: SourcePosition | null): void {
  report(file, reason, position ?? undefined, rule.id)
}
