import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { EvidenceType, FrameworkStatus } from './competency.model';

export const FRAMEWORK_NOUN = { ja: 'コンピテンシー・フレームワーク', en: 'competency framework' };
export const STEP_NOUN = { ja: 'STEP', en: 'step' };
export const BEHAVIOUR_NOUN = { ja: '行動', en: 'behaviour' };

@ObjectType({
  implements: () => [ErrorResult],
  description: 'Only a DRAFT framework can be edited; published versions are immutable (draft a new version)',
})
export class FrameworkNotEditableError extends ErrorResult {
  @Field(() => FrameworkStatus)
  status: FrameworkStatus;

  constructor(locale: Locale, status: FrameworkStatus) {
    super('FRAMEWORK_NOT_EDITABLE', locale, {
      ja: `このフレームワークは ${status} のため編集できません。新しい版を下書きとして作成してください`,
      en: `This framework is ${status} and cannot be edited; draft a new version instead`,
    });
    this.status = status;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another behaviour of the framework has this code' })
export class BehaviourCodeTakenError extends ErrorResult {
  @Field()
  behaviourCode: string;

  constructor(locale: Locale, code: string) {
    super('BEHAVIOUR_CODE_TAKEN', locale, {
      ja: `行動コード ${code} はこのフレームワークで既に使われています`,
      en: `The behaviour code ${code} is already used in this framework`,
    });
    this.behaviourCode = code;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'A framework with this code and version already exists' })
export class FrameworkVersionTakenError extends ErrorResult {
  @Field()
  frameworkCode: string;
  @Field(() => Int)
  version: number;

  constructor(locale: Locale, code: string, version: number) {
    super('FRAMEWORK_VERSION_TAKEN', locale, {
      ja: `フレームワーク ${code} の版 ${version} は既に存在します`,
      en: `Version ${version} of framework ${code} already exists`,
    });
    this.frameworkCode = code;
    this.version = version;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The framework document (JSON) is not valid; problems lists each issue with its path',
})
export class InvalidFrameworkDocumentError extends ErrorResult {
  @Field(() => [String], { description: 'Each problem, e.g. "steps[1].behaviours[0].code: is required"' })
  problems: string[];

  constructor(locale: Locale, problems: string[]) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? ` (+${problems.length - 5})` : '';
    super('INVALID_FRAMEWORK_DOCUMENT', locale, {
      ja: `フレームワークのJSONが正しくありません: ${shown}${more}`,
      en: `The framework JSON is not valid: ${shown}${more}`,
    });
    this.problems = problems;
  }
}

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
