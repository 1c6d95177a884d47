import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { LearningActivityKind, RegistrationStatus } from './learning.enums';

export const ACTIVITY_NOUN = { ja: '研修（Off-JT）', en: 'learning activity' };
export const PARTICIPATION_NOUN = { ja: '参加記録', en: 'participation' };

@ObjectType({ implements: () => [ErrorResult], description: 'The activity was cancelled and no longer changes' })
export class ActivityCancelledError extends ErrorResult {
  constructor(locale: Locale) {
    super('ACTIVITY_CANCELLED', locale, {
      ja: 'この研修は中止されたため、登録・記録・変更はできません',
      en: 'This activity was cancelled; it can no longer be registered for, recorded or changed',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The session is over' })
export class ActivityEndedError extends ErrorResult {
  @Field()
  endedAt: Date;

  constructor(locale: Locale, endedAt: Date) {
    super('ACTIVITY_ENDED', locale, {
      ja: 'この研修は終了しているため、参加登録の変更はできません',
      en: 'This session is over; registrations can no longer change',
    });
    this.endedAt = endedAt;
  }
}

const KIND_TEXT: Record<LearningActivityKind, { ja: string; en: string }> = {
  [LearningActivityKind.KICKOFF]: { ja: 'キックオフ', en: 'kickoff' },
  [LearningActivityKind.LECTURE]: { ja: '講義', en: 'lecture' },
  [LearningActivityKind.ELEARNING]: { ja: 'eラーニング', en: 'e-learning module' },
  [LearningActivityKind.HANDBOOK]: { ja: 'ハンドブック', en: 'handbook' },
  [LearningActivityKind.CASE_STUDY]: { ja: 'ケーススタディー', en: 'case study' },
  [LearningActivityKind.WORKSHOP]: { ja: 'ワークショップ', en: 'workshop' },
  [LearningActivityKind.ROLE_PLAY]: { ja: 'ロールプレイ', en: 'role-play' },
  [LearningActivityKind.DEMO_SEMINAR]: { ja: '実演セミナー', en: 'demo seminar' },
  [LearningActivityKind.FIELDWORK]: { ja: 'フィールドワーク', en: 'fieldwork' },
};

@ObjectType({ implements: () => [ErrorResult], description: 'This step does not apply to this kind of activity' })
export class ActivityKindMismatchError extends ErrorResult {
  @Field(() => LearningActivityKind)
  kind: LearningActivityKind;
  @Field(() => [LearningActivityKind], { description: 'Kinds the step applies to' })
  expected: LearningActivityKind[];

  constructor(locale: Locale, kind: LearningActivityKind, expected: LearningActivityKind[]) {
    const list = (lang: 'ja' | 'en') => expected.map((k) => KIND_TEXT[k][lang]).join(lang === 'ja' ? '・' : ', ');
    super('ACTIVITY_KIND_MISMATCH', locale, {
      ja: `この操作は${list('ja')}のみが対象です（この研修は${KIND_TEXT[kind].ja}）`,
      en: `This only applies to: ${list('en')} (this activity: ${KIND_TEXT[kind].en})`,
    });
    this.kind = kind;
    this.expected = expected;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The person already holds a seat or a waitlist place' })
export class AlreadyRegisteredError extends ErrorResult {
  @Field(() => RegistrationStatus, { description: 'REGISTERED or WAITLISTED' })
  currentStatus: RegistrationStatus;
  @Field(() => Int, { nullable: true, description: 'Place on the waitlist while WAITLISTED' })
  currentWaitlistPosition: number | null;

  constructor(locale: Locale, registrationStatus: RegistrationStatus, waitlistPosition: number | null) {
    super('ALREADY_REGISTERED', locale, {
      ja:
        registrationStatus === RegistrationStatus.WAITLISTED
          ? `既にキャンセル待ち（${waitlistPosition ?? '-'}番目）に登録されています`
          : '既に参加登録されています',
      en:
        registrationStatus === RegistrationStatus.WAITLISTED
          ? `Already on the waitlist (position ${waitlistPosition ?? '-'})`
          : 'Already registered for this activity',
    });
    this.currentStatus = registrationStatus;
    this.currentWaitlistPosition = waitlistPosition;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'There is no registration to cancel' })
export class NotRegisteredError extends ErrorResult {
  constructor(locale: Locale) {
    super('NOT_REGISTERED', locale, {
      ja: 'この研修への参加登録はありません',
      en: 'There is no registration for this activity to cancel',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'More people hold a seat than the new capacity' })
export class CapacityBelowRegisteredError extends ErrorResult {
  @Field(() => Int)
  registeredCount: number;

  constructor(locale: Locale, registeredCount: number) {
    super('CAPACITY_BELOW_REGISTERED', locale, {
      ja: `定員は参加登録済みの人数（${registeredCount}名）より少なくできません`,
      en: `The capacity cannot be lower than the ${registeredCount} people already registered`,
    });
    this.registeredCount = registeredCount;
  }
}

@ObjectType({ description: 'One refused row of a bulk attendance input' })
export class AttendanceEntryProblem {
  @Field(() => Int, { description: 'Index of the row in input.entries (0-based)' })
  row: number;
  @Field(() => ID)
  userId: string;
  @Field({ description: 'Why, in the caller language' })
  message: string;
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Some rows cannot be recorded; nothing was written. Each problem names its row',
})
export class InvalidAttendanceEntriesError extends ErrorResult {
  @Field(() => [AttendanceEntryProblem])
  problems: AttendanceEntryProblem[];

  constructor(locale: Locale, problems: AttendanceEntryProblem[]) {
    const rows = problems.map((p) => p.row + 1).join(', ');
    super('INVALID_ATTENDANCE_ENTRIES', locale, {
      ja: `出欠を記録できない行があります（${rows}行目）。何も記録していません`,
      en: `Some rows cannot be recorded (row ${rows}); nothing was written`,
    });
    this.problems = problems;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Check-in is accepted from 30 minutes before the start to the end',
})
export class CheckInNotOpenError extends ErrorResult {
  @Field()
  opensAt: Date;
  @Field()
  closesAt: Date;

  constructor(locale: Locale, opensAt: Date, closesAt: Date) {
    super('CHECK_IN_NOT_OPEN', locale, {
      ja: '出席登録は開始30分前から終了時刻までの間だけ受け付けています',
      en: 'Check-in is open from 30 minutes before the start until the end of the session',
    });
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The check-in code is wrong' })
export class WrongCheckInCodeError extends ErrorResult {
  @Field(() => Int, { description: 'Attempts left before check-in is refused for a while' })
  attemptsLeft: number;

  constructor(locale: Locale, attemptsLeft: number) {
    super('WRONG_CHECK_IN_CODE', locale, {
      ja: `出席コードが違います（残り${attemptsLeft}回）`,
      en: `The check-in code is wrong (${attemptsLeft} attempts left)`,
    });
    this.attemptsLeft = attemptsLeft;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'E-learning progress only goes up' })
export class ProgressCannotDecreaseError extends ErrorResult {
  @Field(() => Int)
  currentPercent: number;

  constructor(locale: Locale, currentPercent: number) {
    super('PROGRESS_CANNOT_DECREASE', locale, {
      ja: `進捗は下げられません（現在 ${currentPercent}%）`,
      en: `Progress cannot go down (currently ${currentPercent} %)`,
    });
    this.currentPercent = currentPercent;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Submissions of this activity are closed' })
export class SubmissionsClosedError extends ErrorResult {
  @Field()
  closedAt: Date;

  constructor(locale: Locale, closedAt: Date) {
    super('SUBMISSIONS_CLOSED', locale, {
      ja: 'この研修の課題提出は締め切られています',
      en: 'Submissions for this activity are closed',
    });
    this.closedAt = closedAt;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'A final submission is locked until it has been reviewed',
})
export class SubmissionLockedError extends ErrorResult {
  constructor(locale: Locale) {
    super('SUBMISSION_LOCKED', locale, {
      ja: '提出済みの課題はレビューされるまで変更できません',
      en: 'A final submission cannot change until it has been reviewed',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Only final submissions are reviewed' })
export class SubmissionNotFinalError extends ErrorResult {
  constructor(locale: Locale) {
    super('SUBMISSION_NOT_FINAL', locale, {
      ja: '下書きの課題はレビューできません',
      en: 'A draft cannot be reviewed; wait for the final submission',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Nobody reviews their own submission' })
export class OwnSubmissionReviewError extends ErrorResult {
  constructor(locale: Locale) {
    super('OWN_SUBMISSION_REVIEW', locale, {
      ja: '自分の課題はレビューできません',
      en: 'You cannot review your own submission',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'This version was already reviewed by you' })
export class AlreadyReviewedError extends ErrorResult {
  constructor(locale: Locale) {
    super('ALREADY_REVIEWED', locale, {
      ja: 'この版の課題は既にレビュー済みです',
      en: 'You have already reviewed this version of the submission',
    });
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Scores must cover every criterion of the rubric exactly once',
})
export class RubricMismatchError extends ErrorResult {
  @Field(() => [String])
  missing: string[];
  @Field(() => [String])
  unknown: string[];
  @Field(() => [String])
  repeated: string[];

  constructor(locale: Locale, problem: { missing: string[]; unknown: string[]; repeated: string[] }) {
    const list = (items: string[]) => (items.length ? items.join(', ') : '—');
    super('RUBRIC_MISMATCH', locale, {
      ja: `評価基準の全項目を1回ずつ採点してください（未採点: ${list(problem.missing)}、不明: ${list(problem.unknown)}、重複: ${list(problem.repeated)}）`,
      en: `Score every rubric criterion exactly once (missing: ${list(problem.missing)}, unknown: ${list(problem.unknown)}, repeated: ${list(problem.repeated)})`,
    });
    this.missing = problem.missing;
    this.unknown = problem.unknown;
    this.repeated = problem.repeated;
  }
}
