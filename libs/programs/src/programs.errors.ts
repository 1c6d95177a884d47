import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { ProgramRole } from './programs.enums';

export const PROGRAM_NOUN = { ja: 'プログラム', en: 'program' };

const ROLE_TEXT: Record<ProgramRole, { ja: string; en: string }> = {
  [ProgramRole.OWNER]: { ja: 'オーナー', en: 'owner' },
  [ProgramRole.MENTOR]: { ja: 'メンター', en: 'mentor' },
  [ProgramRole.TRAINEE]: { ja: '担い手候補者', en: 'trainee' },
};

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The competency framework does not exist or is not PUBLISHED, so a program cannot be pinned to it',
})
export class FrameworkNotPublishedError extends ErrorResult {
  constructor(locale: Locale) {
    super('FRAMEWORK_NOT_PUBLISHED', locale, {
      ja: '公開済みのコンピテンシー・フレームワークが見つかりません',
      en: 'No published competency framework was found to pin the program to',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The program is closed and can no longer change' })
export class ProgramClosedError extends ErrorResult {
  constructor(locale: Locale) {
    super('PROGRAM_CLOSED', locale, {
      ja: 'このプログラムは終了しているため変更できません',
      en: 'This program is closed and can no longer be changed',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The user already has this role in the program' })
export class AlreadyProgramMemberError extends ErrorResult {
  @Field(() => ProgramRole)
  role: ProgramRole;

  constructor(locale: Locale, role: ProgramRole) {
    super('ALREADY_PROGRAM_MEMBER', locale, {
      ja: `このユーザーは既にこのプログラムの${ROLE_TEXT[role].ja}です`,
      en: `This user is already a ${ROLE_TEXT[role].en} of this program`,
    });
    this.role = role;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The user does not exist or is disabled' })
export class UserNotFoundError extends ErrorResult {
  @Field({ description: 'The input field naming the user, e.g. input.userId' })
  field: string;

  constructor(locale: Locale, field: string) {
    const name = field.replace(/^input\./, '');
    super('USER_NOT_FOUND', locale, {
      ja: `指定されたユーザー（${name}）が存在しないか無効です`,
      en: `The user (${name}) does not exist or is disabled`,
    });
    this.field = field;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The person must be an active member of the program in this role',
})
export class NotAProgramMemberError extends ErrorResult {
  @Field({ description: 'The input field naming the person, e.g. input.traineeId' })
  field: string;
  @Field(() => ProgramRole)
  requiredRole: ProgramRole;

  constructor(locale: Locale, field: string, requiredRole: ProgramRole) {
    const name = field.replace(/^input\./, '');
    super('NOT_A_PROGRAM_MEMBER', locale, {
      ja: `${name} はこのプログラムの有効な${ROLE_TEXT[requiredRole].ja}ではありません`,
      en: `${name} is not an active ${ROLE_TEXT[requiredRole].en} of this program`,
    });
    this.field = field;
    this.requiredRole = requiredRole;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'This mentor is already paired with this trainee' })
export class AlreadyPairedError extends ErrorResult {
  constructor(locale: Locale) {
    super('ALREADY_PAIRED', locale, {
      ja: 'このメンターと担い手候補者は既にペアになっています',
      en: 'This mentor is already paired with this trainee',
    });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'A person cannot mentor themself' })
export class SelfMentorshipError extends ErrorResult {
  constructor(locale: Locale) {
    super('SELF_MENTORSHIP', locale, {
      ja: '自分自身をメンターにすることはできません',
      en: 'A person cannot be their own mentor',
    });
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description:
    'Only holders of an ACTIVE MENTOR certificate (認定メンター), the program owners and designated external advisors may mentor',
})
export class MentorNotCertifiedError extends ErrorResult {
  @Field(() => ID)
  mentorId: string;

  constructor(locale: Locale, mentorId: string) {
    super('MENTOR_NOT_CERTIFIED', locale, {
      ja: 'メンターにできるのは、有効なメンター認定を持つ人、プログラムの担当者、または外部アドバイザーに指定された人だけです（input.mentorId）',
      en: 'input.mentorId: only holders of an ACTIVE MENTOR certificate, program owners and designated external advisors may mentor',
    });
    this.mentorId = mentorId;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The membership or pairing has already ended' })
export class AlreadyEndedError extends ErrorResult {
  constructor(locale: Locale) {
    super('ALREADY_ENDED', locale, { ja: '既に終了しています', en: 'This has already ended' });
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The roster file cannot be read in the given format' })
export class RosterFileUnreadableError extends ErrorResult {
  constructor(locale: Locale, reason: { ja: string; en: string }) {
    super('ROSTER_FILE_UNREADABLE', locale, reason);
  }
}
