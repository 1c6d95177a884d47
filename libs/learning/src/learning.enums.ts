import { registerEnumType } from '@nestjs/graphql';

/** The off-JT formats of chapter 3-2 (座学・ケーススタディー・ワークショップ…). */
export enum LearningActivityKind {
  KICKOFF = 'KICKOFF',
  LECTURE = 'LECTURE',
  ELEARNING = 'ELEARNING',
  HANDBOOK = 'HANDBOOK',
  CASE_STUDY = 'CASE_STUDY',
  WORKSHOP = 'WORKSHOP',
  ROLE_PLAY = 'ROLE_PLAY',
  DEMO_SEMINAR = 'DEMO_SEMINAR',
  FIELDWORK = 'FIELDWORK',
}
registerEnumType(LearningActivityKind, {
  name: 'LearningActivityKind',
  description:
    'KICKOFF キックオフ, LECTURE 講義, ELEARNING eラーニング, HANDBOOK ハンドブック, CASE_STUDY ケーススタディー, ' +
    'WORKSHOP ワークショップ, ROLE_PLAY ロールプレイ, DEMO_SEMINAR 実演セミナー, FIELDWORK フィールドワーク',
});

/** Self-paced kinds: no seat, no session, no check-in; e-learning records progress, a handbook an acknowledgement. */
export const SELF_PACED_KINDS: readonly LearningActivityKind[] = [
  LearningActivityKind.ELEARNING,
  LearningActivityKind.HANDBOOK,
];

export function isSession(kind: LearningActivityKind): boolean {
  return !SELF_PACED_KINDS.includes(kind);
}

export enum AidaStage {
  ATTENTION = 'ATTENTION',
  INTEREST = 'INTEREST',
  DESIRE = 'DESIRE',
  ACTION = 'ACTION',
}
registerEnumType(AidaStage, {
  name: 'AidaStage',
  description:
    'Where the activity sits in the AIDA design of the program: ATTENTION 注意, INTEREST 関心, DESIRE 欲求, ACTION 行動',
});

export enum LearningActivityStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(LearningActivityStatus, {
  name: 'LearningActivityStatus',
  description: 'SCHEDULED 開催予定・公開中, CANCELLED 中止 (with a reason; registrants are notified)',
});

export enum RegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'REGISTERED 参加登録済み (holds a seat), WAITLISTED キャンセル待ち (in arrival order), CANCELLED 取消',
});

export enum AttendanceStatus {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'ATTENDED 出席, ABSENT 欠席, EXCUSED 欠席（事前連絡あり）',
});

/** Kinds of activity that carry case work (a case study, submissions, reviews). */
export const CASE_WORK_KINDS: readonly LearningActivityKind[] = [
  LearningActivityKind.CASE_STUDY,
  LearningActivityKind.WORKSHOP,
];

export enum CaseSubmissionStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}
registerEnumType(CaseSubmissionStatus, {
  name: 'CaseSubmissionStatus',
  description: 'DRAFT 下書き (editable), FINAL 提出済み (locked until reviewed; a resubmission keeps the history)',
});

export enum CaseReviewerRole {
  MENTOR = 'MENTOR',
  PEER = 'PEER',
}
registerEnumType(CaseReviewerRole, {
  name: 'CaseReviewerRole',
  description: 'MENTOR メンター, PEER 受講者同士（相互レビュー, anonymous to the author）',
});
