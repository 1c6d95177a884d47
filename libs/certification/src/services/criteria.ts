import { Locale, localize, LocalizedText } from '@banso/core';
import type { CurrentMentorLevel } from '@banso/competency';
import type { OjtCertificationEvidence } from '@banso/ojt';
import type { LearningEvidenceActivity } from '@banso/learning';
import { CaseMilestoneKind, SupportStep, TraineeRole } from '@banso/ojt';
import { LearningActivityKind } from '@banso/learning';
import { CertificateKind, CriterionType, EvidenceRecordType } from '../certification.enums';
import { StoredCriteria } from '../entities/certification-rule.entity';
import { CriterionProgress, EvidenceRecord, RuleProgress } from '../models/certification.model';

/** The framework as the criteria see it: codes and names. */
export interface CriteriaFramework {
  steps: { id: string; code: string; title: LocalizedText }[];
  behaviours: { id: string; code: string; stepId: string | null; name: LocalizedText }[];
}

/** Everything a rule is evaluated on for one person in one program (read in a few statements). */
export interface CriteriaEvidence {
  levels: CurrentMentorLevel[];
  ojt: OjtCertificationEvidence;
  activities: LearningEvidenceActivity[];
  /** An ACTIVE SUPPORTER certificate of the person (any program). */
  activeSupporter: { id: string; verificationCode: string } | null;
}

const STEP_ORDER: SupportStep[] = [SupportStep.STEP0, SupportStep.STEP1, SupportStep.STEP2, SupportStep.STEP3];

const MILESTONE_TEXT: Record<CaseMilestoneKind, LocalizedText> = {
  [CaseMilestoneKind.JOB_OPENING_CREATED]: { ja: '求人化', en: 'job opening created' },
  [CaseMilestoneKind.MATCHED]: { ja: 'マッチング', en: 'matched' },
  [CaseMilestoneKind.FOLLOW_UP_STARTED]: { ja: 'フォロー開始', en: 'follow-up started' },
  [CaseMilestoneKind.CLOSED]: { ja: '完了', en: 'closed' },
  [CaseMilestoneKind.DROPPED]: { ja: '中止', en: 'dropped' },
};

function record(type: EvidenceRecordType, id: string, label: string): EvidenceRecord {
  return Object.assign(new EvidenceRecord(), { type, id, label });
}

function criterion(
  key: string,
  type: CriterionType,
  label: string,
  current: number,
  target: number,
  records: EvidenceRecord[],
  met = current >= target,
): CriterionProgress {
  return Object.assign(new CriterionProgress(), { key, type, label, met, current, target, records });
}

/** Evaluates one rule for one person: every criterion with its current value, target and counted records. */
export function evaluateCriteria(
  criteria: StoredCriteria,
  framework: CriteriaFramework,
  evidence: CriteriaEvidence,
  locale: Locale,
): CriterionProgress[] {
  const t = (text: LocalizedText) => localize(text, locale);
  const levelOf = new Map(evidence.levels.map((row) => [row.behaviourId, row]));
  const behaviourByCode = new Map(framework.behaviours.map((b) => [b.code, b]));
  const levelRecord = (b: CriteriaFramework['behaviours'][number]): EvidenceRecord | null => {
    const row = levelOf.get(b.id);
    return row ? record(EvidenceRecordType.ASSESSMENT, row.assessmentId, `${b.code} ${t(b.name)}: ${row.level}`) : null;
  };
  /** The lowest current level among the behaviours (0 when one is unrated), with the ratings that count. */
  const lowest = (behaviours: CriteriaFramework['behaviours']) => ({
    current: behaviours.length ? Math.min(...behaviours.map((b) => levelOf.get(b.id)?.level ?? 0)) : 0,
    records: behaviours.map(levelRecord).filter((r): r is EvidenceRecord => r !== null),
  });
  const out: CriterionProgress[] = [];

  for (const { stepCode, minLevel } of criteria.minLevelForSteps) {
    const step = framework.steps.find((s) => s.code === stepCode);
    const inStep = step ? framework.behaviours.filter((b) => b.stepId === step.id) : [];
    const { current, records } = lowest(inStep);
    out.push(
      criterion(
        `STEP_LEVEL:${stepCode}`,
        CriterionType.STEP_LEVEL,
        t({
          ja: `${stepCode}の全行動がレベル${minLevel}以上`,
          en: `every ${stepCode} behaviour at level ${minLevel} or above`,
        }),
        current,
        minLevel,
        records,
      ),
    );
  }
  if (criteria.minLevelForAllBehaviours !== null) {
    const minLevel = criteria.minLevelForAllBehaviours;
    const { current, records } = lowest(framework.behaviours);
    out.push(
      criterion(
        'ALL_BEHAVIOURS_LEVEL',
        CriterionType.ALL_BEHAVIOURS_LEVEL,
        t({ ja: `全行動がレベル${minLevel}以上`, en: `every behaviour at level ${minLevel} or above` }),
        current,
        minLevel,
        records,
      ),
    );
  }
  for (const { behaviourCode, minLevel } of criteria.minLevelForBehaviours) {
    const behaviour = behaviourByCode.get(behaviourCode);
    const found = behaviour ? levelRecord(behaviour) : null;
    out.push(
      criterion(
        `BEHAVIOUR_LEVEL:${behaviourCode}`,
        CriterionType.BEHAVIOUR_LEVEL,
        t({
          ja: `${behaviourCode}${behaviour ? `（${behaviour.name.ja}）` : ''}がレベル${minLevel}以上`,
          en: `${behaviourCode}${behaviour ? ` (${behaviour.name.en})` : ''} at level ${minLevel} or above`,
        }),
        behaviour ? (levelOf.get(behaviour.id)?.level ?? 0) : 0,
        minLevel,
        found ? [found] : [],
      ),
    );
  }
  const visitLabel = (v: OjtCertificationEvidence['visitsWithFeedback'][number]) =>
    t({ ja: `${v.companyName} 訪問${v.number}`, en: `${v.companyName} visit ${v.number}` });
  if (criteria.minVisitsWithFeedback !== null) {
    const visits = evidence.ojt.visitsWithFeedback;
    out.push(
      criterion(
        'VISITS_WITH_FEEDBACK',
        CriterionType.VISITS_WITH_FEEDBACK,
        t({
          ja: `フィードバック済みの同行訪問${criteria.minVisitsWithFeedback}回以上`,
          en: `at least ${criteria.minVisitsWithFeedback} visits with mentor feedback`,
        }),
        visits.length,
        criteria.minVisitsWithFeedback,
        visits.map((v) => record(EvidenceRecordType.VISIT, v.id, visitLabel(v))),
      ),
    );
  }
  if (criteria.minVisitsLed !== null) {
    const led = evidence.ojt.visitsWithFeedback.filter((v) => v.traineeRole === TraineeRole.LEAD);
    out.push(
      criterion(
        'VISITS_LED',
        CriterionType.VISITS_LED,
        t({
          ja: `うち本人が主導した訪問${criteria.minVisitsLed}回以上`,
          en: `at least ${criteria.minVisitsLed} of them led by the trainee`,
        }),
        led.length,
        criteria.minVisitsLed,
        led.map((v) => record(EvidenceRecordType.VISIT, v.id, visitLabel(v))),
      ),
    );
  }
  if (criteria.requiredActivitiesDone) {
    const required = evidence.activities.filter((a) => a.required);
    const done = required.filter((a) => a.done);
    out.push(
      criterion(
        'REQUIRED_ACTIVITIES',
        CriterionType.REQUIRED_ACTIVITIES,
        t({ ja: '必修研修をすべて受講・修了', en: 'every required off-JT activity attended or completed' }),
        done.length,
        required.length,
        done.map((a) => record(EvidenceRecordType.LEARNING_ACTIVITY, a.id, a.title)),
      ),
    );
  }
  if (criteria.caseReached) {
    const { step, milestone, requireTalentRequirement } = criteria.caseReached;
    const reached = evidence.ojt.cases.filter(
      (c) =>
        (!step || STEP_ORDER.indexOf(c.highestStep) >= STEP_ORDER.indexOf(step)) &&
        (!milestone || c.milestones.includes(milestone)) &&
        (!requireTalentRequirement || c.hasTalentRequirement),
    );
    const what = [
      step ? { ja: `${step}に到達`, en: `reached ${step}` } : null,
      milestone ? { ja: `「${MILESTONE_TEXT[milestone].ja}」を記録`, en: `${MILESTONE_TEXT[milestone].en}` } : null,
      requireTalentRequirement ? { ja: '人材要件あり', en: 'with a talent requirement' } : null,
    ].filter((part): part is LocalizedText => part !== null);
    out.push(
      criterion(
        'CASE_REACHED',
        CriterionType.CASE_REACHED,
        t({
          ja: `${what.map((p) => p.ja).join('・')}の案件が1件以上`,
          en: `at least one case ${what.map((p) => p.en).join(', ')}`,
        }),
        reached.length ? 1 : 0,
        1,
        reached.map((c) => record(EvidenceRecordType.SUPPORT_CASE, c.id, c.companyName)),
      ),
    );
  }
  if (criteria.requireActiveSupporter) {
    const certificate = evidence.activeSupporter;
    out.push(
      criterion(
        'ACTIVE_SUPPORTER',
        CriterionType.ACTIVE_SUPPORTER,
        t({ ja: '有効な担い手認定を持っている', en: 'holds an ACTIVE SUPPORTER certificate' }),
        certificate ? 1 : 0,
        1,
        certificate ? [record(EvidenceRecordType.CERTIFICATE, certificate.id, certificate.verificationCode)] : [],
      ),
    );
  }
  if (criteria.minVisitsAsSecondMentor !== null) {
    const visits = evidence.ojt.secondMentorVisits;
    out.push(
      criterion(
        'VISITS_AS_SECOND_MENTOR',
        CriterionType.VISITS_AS_SECOND_MENTOR,
        t({
          ja: `2人目のメンターとして同行した訪問${criteria.minVisitsAsSecondMentor}回以上`,
          en: `at least ${criteria.minVisitsAsSecondMentor} visits accompanied as second mentor`,
        }),
        visits.length,
        criteria.minVisitsAsSecondMentor,
        visits.map((v) => record(EvidenceRecordType.VISIT, v.id, visitLabel(v))),
      ),
    );
  }
  if (criteria.mentorPreparation) {
    const { minActivities, kinds } = criteria.mentorPreparation;
    const done = evidence.activities.filter((a) => a.done && kinds.includes(a.kind));
    out.push(
      criterion(
        'MENTOR_PREPARATION',
        CriterionType.MENTOR_PREPARATION,
        t({
          ja: `メンター準備研修を${minActivities}件以上受講`,
          en: `at least ${minActivities} mentor-preparation activities attended`,
        }),
        done.length,
        minActivities,
        done.map((a) => record(EvidenceRecordType.LEARNING_ACTIVITY, a.id, a.title)),
      ),
    );
  }
  return out;
}

/** The learning activity kinds a rule set needs read (mentor preparation), besides required ones. */
export function preparationKinds(criteria: StoredCriteria[]): LearningActivityKind[] {
  return [...new Set(criteria.flatMap((c) => c.mentorPreparation?.kinds ?? []))];
}

export function toRuleProgress(
  kind: CertificateKind,
  ruleId: string,
  criteria: CriterionProgress[],
  activeCertificateId: string | null,
): RuleProgress {
  const missing = criteria.filter((c) => !c.met);
  return Object.assign(new RuleProgress(), {
    kind,
    ruleId,
    met: missing.length === 0,
    criteria,
    missing,
    activeCertificateId,
  });
}
