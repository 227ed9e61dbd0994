// Incremental compliance evaluation of a call in progress (DESIGN.md §1.8): the post-call engine (`analyseCall`)
// re-run on the segments received so far, turned into `alert` messages at most once per check and status.
// Pure: no I/O, no clock (call time is the segments' own clock).
import { analyseCall, COMPLIANCE_DEFAULT } from '../analysis/index.ts';
import type { AnalyseCallInput, AnalyseCallOutput, PolicyDocument, PolicyRule, ScorecardDocument, TranscriptSegment } from '../analysis/index.ts';

export interface LiveAlert {
  type: 'alert';
  check_id: string;
  status: 'failed' | 'at_risk';
  severity: 'critical' | 'major' | 'minor';
  message: string;
  /** call seconds: the end of the segment that completed the evidence (failed) or that passed the deadline (at_risk) */
  at: number;
  evidence: Array<{ segment: number; speaker: string; start: number; end: number; quote: string }>;
}

export interface LiveCallOptions {
  language: 'en' | 'es' | 'auto';
  policy?: PolicyDocument;
  scorecard?: ScorecardDocument;
  metadata?: Record<string, unknown>;
}

/**
 * Detectors whose failure on part of a call cannot be undone by what is said later (something was said that must
 * not be): a failure on the prefix is a final `failed` alert.
 */
const FORBIDDING_DETECTORS = new Set(['pci_card_data', 'pii_exposure', 'prohibited_language', 'threats']);

/**
 * Required notices and their deadline in call seconds: a notice still missing when the call's clock passes it is
 * `at_risk` (the post-call verdict may still be "failed" or "review"). A rule's own `window.first_seconds` wins.
 */
export const NOTICE_DEADLINE_SECONDS: Readonly<Record<string, number>> = Object.freeze({
  recording_disclosure: 30,
  agent_identification: 30,
  mini_miranda: 60,
  data_protection_information: 60,
});

type RuleClass = { kind: 'forbid' } | { kind: 'require'; deadline: number } | { kind: 'ignore' };

export function classifyRule(rule: PolicyRule): RuleClass {
  if (rule.kind === 'forbid_phrases') return { kind: 'forbid' };
  if (rule.kind === 'detector' && rule.detector && FORBIDDING_DETECTORS.has(rule.detector)) return { kind: 'forbid' };
  const deadline = rule.window?.first_seconds ?? (rule.kind === 'detector' && rule.detector ? NOTICE_DEADLINE_SECONDS[rule.detector] : undefined);
  if (deadline !== undefined && (rule.kind === 'require_phrases' || rule.kind === 'detector')) return { kind: 'require', deadline };
  return { kind: 'ignore' };
}

interface CheckView {
  id: string;
  title: string;
  severity: 'critical' | 'major' | 'minor';
  status: string;
  explanation?: string;
  evidence?: LiveAlert['evidence'];
}

/** What segments of a live call must satisfy to be accepted (the caller turns a problem into an error message). */
export function segmentProblem(previous: TranscriptSegment | undefined, s: TranscriptSegment): { code: string; message: string; param: string } | null {
  if (!(s.end >= s.start)) return { code: 'invalid_segment', message: 'segment.end must not be before segment.start.', param: 'end' };
  if (previous && s.start < previous.start) {
    return { code: 'segment_out_of_order', message: `segment.start ${s.start} is before the previous segment's start ${previous.start}: send segments in call order.`, param: 'start' };
  }
  return null;
}

/** One live call: `add` a segment, get the new alerts; `final` is the post-call engine's result for the same segments. */
export class LiveCallEvaluator {
  readonly segments: TranscriptSegment[] = [];
  private readonly alerted = new Set<string>();
  private readonly rules: Map<string, RuleClass>;

  private readonly options: LiveCallOptions;

  constructor(options: LiveCallOptions) {
    this.options = options;
    this.rules = new Map((options.policy ?? COMPLIANCE_DEFAULT).rules.map((r) => [r.id, classifyRule(r)]));
  }

  private input(): AnalyseCallInput {
    return {
      segments: this.segments,
      language: this.options.language,
      ...(this.options.policy ? { policy: this.options.policy } : {}),
      ...(this.options.scorecard ? { scorecard: this.options.scorecard } : {}),
      metadata: this.options.metadata ?? {},
      redactPii: true,
    };
  }

  /** Appends a segment (already checked with `segmentProblem`) and returns the alerts it triggers. */
  add(segment: TranscriptSegment): LiveAlert[] {
    this.segments.push(segment);
    const out = analyseCall(this.input());
    const checks = (out.results.compliance as unknown as { checks: CheckView[] }).checks;
    const now = segment.end;
    const alerts: LiveAlert[] = [];
    for (const check of checks) {
      const cls: RuleClass = this.rules.get(check.id) ?? { kind: 'ignore' };
      let status: LiveAlert['status'] | null = null;
      if (cls.kind === 'forbid' && check.status === 'failed') status = 'failed';
      else if (cls.kind === 'require' && check.status !== 'passed' && check.status !== 'not_applicable' && now > cls.deadline) status = 'at_risk';
      if (!status) continue;
      const key = `${check.id}:${status}`;
      if (this.alerted.has(key)) continue;
      this.alerted.add(key);
      alerts.push({
        type: 'alert',
        check_id: check.id,
        status,
        severity: check.severity,
        message:
          status === 'failed'
            ? `${check.title}: ${check.explanation ?? 'failed'}`
            : `${check.title}: not given within the first ${cls.kind === 'require' ? cls.deadline : 0} s of the call.`,
        at: now,
        evidence: status === 'failed' ? (check.evidence ?? []) : [],
      });
    }
    return alerts;
  }

  /** The post-call analysis of everything received (the worker computes the same at `stop`). */
  final(): AnalyseCallOutput {
    return analyseCall(this.input());
  }
}
