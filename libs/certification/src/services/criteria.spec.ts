import { Locale } from '@banso/core';
import { CaseMilestoneKind, SupportStep, TraineeRole } from '@banso/ojt';
import { LearningActivityKind } from '@banso/learning';
import { CertificateKind } from '../certification.enums';
import { StoredCriteria } from '../entities/certification-rule.entity';
import { CriteriaEvidence, CriteriaFramework, evaluateCriteria, preparationKinds, toRuleProgress } from './criteria';

const FRAMEWORK: CriteriaFramework = {
  steps: [{ id: 's1', code: 'STEP1', title: { ja: 'STEP1', en: 'STEP1' } }],
  behaviours: [
    { id: 'b1', code: 'S1-LISTENING', stepId: 's1', name: { ja: '傾聴', en: 'Listening' } },
    { id: 'b2', code: 'S1-HYPOTHESIS', stepId: 's1', name: { ja: '仮説', en: 'Hypotheses' } },
    { id: 'x', code: 'X-INFO-SHARING', stepId: null, name: { ja: '情報連携', en: 'Sharing' } },
  ],
};

const NONE: StoredCriteria = {
  minLevelForSteps: [],
  minLevelForBehaviours: [],
  minLevelForAllBehaviours: null,
  minVisitsWithFeedback: null,
  minVisitsLed: null,
  requiredActivitiesDone: false,
  caseReached: null,
  requireActiveSupporter: false,
  minVisitsAsSecondMentor: null,
  mentorPreparation: null,
};

const visit = (id: string, traineeRole: TraineeRole) => ({
  id,
  number: 1,
  companyName: '浪速精工',
  heldAt: new Date('2025-07-01T01:00:00Z'),
  traineeRole,
});

const EVIDENCE: CriteriaEvidence = {
  levels: [
    { behaviourId: 'b1', level: 4, assessmentId: 'a1', recordedAt: new Date() },
    { behaviourId: 'b2', level: 2, assessmentId: 'a2', recordedAt: new Date() },
  ],
  ojt: {
    visitsWithFeedback: [visit('v1', TraineeRole.LEAD), visit('v2', TraineeRole.OBSERVER)],
    cases: [
      {
        id: 'c1',
        companyName: '浪速精工',
        highestStep: SupportStep.STEP2,
        hasTalentRequirement: false,
        milestones: [CaseMilestoneKind.JOB_OPENING_CREATED],
      },
    ],
    secondMentorVisits: [],
  },
  activities: [
    {
      id: 'l1',
      title: '必修講義',
      kind: LearningActivityKind.LECTURE,
      required: true,
      done: true,
      participationId: 'p1',
    },
    {
      id: 'l2',
      title: '必修eラーニング',
      kind: LearningActivityKind.ELEARNING,
      required: true,
      done: false,
      participationId: null,
    },
    {
      id: 'l3',
      title: '実演セミナー',
      kind: LearningActivityKind.DEMO_SEMINAR,
      required: false,
      done: true,
      participationId: 'p3',
    },
  ],
  activeSupporter: null,
};

const run = (criteria: Partial<StoredCriteria>, locale = Locale.EN) =>
  evaluateCriteria({ ...NONE, ...criteria }, FRAMEWORK, EVIDENCE, locale);

describe('certification criteria', () => {
  it('a STEP is as strong as its weakest behaviour; an unrated behaviour counts as 0', () => {
    const [step] = run({ minLevelForSteps: [{ stepCode: 'STEP1', minLevel: 3 }] });
    expect(step).toMatchObject({ key: 'STEP_LEVEL:STEP1', met: false, current: 2, target: 3 });
    expect(step.records.map((r) => r.id)).toEqual(['a1', 'a2']);
    const [all] = run({ minLevelForAllBehaviours: 1 });
    expect(all).toMatchObject({ met: false, current: 0, target: 1 });
  });

  it('counts visits with feedback and the led ones, with the visits as records', () => {
    const [visits, led] = run({ minVisitsWithFeedback: 2, minVisitsLed: 2 });
    expect(visits).toMatchObject({ met: true, current: 2, target: 2 });
    expect(led).toMatchObject({ met: false, current: 1, target: 2, records: [{ id: 'v1' }] });
  });

  it('required activities: done of required; mentor preparation: done activities of the kinds', () => {
    const [required, preparation] = run({
      requiredActivitiesDone: true,
      mentorPreparation: { minActivities: 1, kinds: [LearningActivityKind.DEMO_SEMINAR] },
    });
    expect(required).toMatchObject({ met: false, current: 1, target: 2 });
    expect(preparation).toMatchObject({ met: true, current: 1, records: [{ id: 'l3' }] });
    expect(
      preparationKinds([{ ...NONE, mentorPreparation: { minActivities: 1, kinds: [LearningActivityKind.ROLE_PLAY] } }]),
    ).toEqual([LearningActivityKind.ROLE_PLAY]);
  });

  it('a case counts when it reached the STEP, the milestone and has a talent requirement when asked', () => {
    const reached = (caseReached: StoredCriteria['caseReached']) => run({ caseReached })[0].met;
    expect(reached({ step: SupportStep.STEP2, milestone: null, requireTalentRequirement: false })).toBe(true);
    expect(reached({ step: SupportStep.STEP3, milestone: null, requireTalentRequirement: false })).toBe(false);
    expect(
      reached({ step: null, milestone: CaseMilestoneKind.JOB_OPENING_CREATED, requireTalentRequirement: false }),
    ).toBe(true);
    expect(reached({ step: SupportStep.STEP2, milestone: null, requireTalentRequirement: true })).toBe(false);
  });

  it('labels are in the caller language, and a rule is met only when nothing is missing', () => {
    const [ja] = run({ minLevelForBehaviours: [{ behaviourCode: 'S1-LISTENING', minLevel: 4 }] }, Locale.JA);
    expect(ja).toMatchObject({ met: true, label: 'S1-LISTENING（傾聴）がレベル4以上' });
    const criteria = run({ requireActiveSupporter: true, minVisitsWithFeedback: 1 });
    const progress = toRuleProgress(CertificateKind.MENTOR, 'rule', criteria, null);
    expect(progress.met).toBe(false);
    expect(progress.missing.map((c) => c.key)).toEqual(['ACTIVE_SUPPORTER']);
  });
});
