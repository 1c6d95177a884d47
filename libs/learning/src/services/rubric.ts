import { LocalizedText } from '@banso/core';

/** A criterion of a case-work rubric with a description for each level 0–4. */
export interface StoredRubricCriterion {
  code: string;
  title: LocalizedText;
  levels: LocalizedText[];
}

export const RUBRIC_LEVELS = 5;

/** The default rubric of case-study work (ケーススタディー評価基準). */
export const DEFAULT_RUBRIC: StoredRubricCriterion[] = [
  {
    code: 'ISSUE_HYPOTHESIS_QUALITY',
    title: { ja: '経営課題の仮説の質', en: 'Quality of the issue hypotheses' },
    levels: [
      { ja: '仮説が示されていない', en: 'No hypothesis' },
      { ja: '事実の列挙にとどまる', en: 'Lists facts without a hypothesis' },
      { ja: '仮説はあるが根拠が弱い', en: 'Hypotheses with weak grounds' },
      { ja: '企業情報に基づく妥当な仮説', en: 'Sound hypotheses grounded in the company information' },
      {
        ja: '経営課題と人材課題を結び付けた検証可能な仮説',
        en: 'Testable hypotheses linking management and talent issues',
      },
    ],
  },
  {
    code: 'SOLUTION_BREADTH',
    title: { ja: '解決策の幅', en: 'Breadth of solutions' },
    levels: [
      { ja: '解決策がない', en: 'No solution' },
      { ja: '採用のみの一案', en: 'A single hiring option' },
      { ja: '複数案だが比較がない', en: 'Several options, not compared' },
      { ja: '採用・育成・外部人材などを比較検討', en: 'Hiring, development and external talent compared' },
      { ja: '経営者の意向と実現性を踏まえた優先順位付き', en: "Prioritised with the owner's intent and feasibility" },
    ],
  },
  {
    code: 'TALENT_REQUIREMENT_CLARITY',
    title: { ja: '人材要件の明確さ', en: 'Clarity of the talent requirement' },
    levels: [
      { ja: '人材要件がない', en: 'No talent requirement' },
      { ja: '職種名のみ', en: 'A job title only' },
      { ja: '役割はあるが要件が曖昧', en: 'A role with vague requirements' },
      { ja: '役割・期待・必須要件が明確', en: 'Role, expectations and must-haves are clear' },
      {
        ja: '雇用形態や歓迎要件まで求人化できる水準',
        en: 'Ready to become a job opening, with engagement type and nice-to-haves',
      },
    ],
  },
];

export interface RubricScore {
  criterion: string;
  level: number;
}

/** The problem with a set of scores against a rubric, or null: every criterion exactly once, nothing else. */
export function rubricMismatch(
  rubric: StoredRubricCriterion[],
  scores: RubricScore[],
): { missing: string[]; unknown: string[]; repeated: string[] } | null {
  const codes = new Set(rubric.map((c) => c.code));
  const seen = new Set<string>();
  const repeated: string[] = [];
  const unknown: string[] = [];
  for (const score of scores) {
    if (!codes.has(score.criterion)) unknown.push(score.criterion);
    else if (seen.has(score.criterion)) repeated.push(score.criterion);
    seen.add(score.criterion);
  }
  const missing = rubric.map((c) => c.code).filter((code) => !seen.has(code));
  return missing.length || unknown.length || repeated.length ? { missing, unknown, repeated } : null;
}
