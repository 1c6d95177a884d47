import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { EvidenceType } from './competency.enums';

export const TRAINEE_NOUN = { ja: '受講者', en: 'trainee' };

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The behaviour is not part of the competency framework the program is pinned to',
})
export class BehaviourNotInFrameworkError extends ErrorResult {
  @Field()
  behaviourId: string;

  constructor(locale: Locale, behaviourId: string) {
    super('BEHAVIOUR_NOT_IN_FRAMEWORK', locale, {
      ja: `この行動（${behaviourId}）はプログラムのコンピテンシー・フレームワークに含まれていません`,
      en: `The behaviour (${behaviourId}) is not part of this program's competency framework`,
    });
    this.behaviourId = behaviourId;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The evidence record does not exist or does not belong to this trainee in this program',
})
export class EvidenceNotFoundError extends ErrorResult {
  @Field(() => EvidenceType)
  evidenceType: EvidenceType;
  @Field()
  evidenceId: string;

  constructor(locale: Locale, type: EvidenceType, id: string) {
    super('EVIDENCE_NOT_FOUND', locale, {
      ja: `根拠（${type} ${id}）が見つからないか、この担い手候補者のこのプログラムの記録ではありません`,
      en: `The evidence (${type} ${id}) does not exist or is not this trainee's record in this program`,
    });
    this.evidenceType = type;
    this.evidenceId = id;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'A level must be an integer on the 0–4 scale' })
export class InvalidLevelError extends ErrorResult {
  @Field()
  behaviourId: string;

  constructor(locale: Locale, behaviourId: string) {
    super('INVALID_LEVEL', locale, {
      ja: `評価レベルは0〜4の整数で入力してください（行動 ${behaviourId}）`,
      en: `The level must be an integer from 0 to 4 (behaviour ${behaviourId})`,
    });
    this.behaviourId = behaviourId;
  }
}
