import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorResult, Locale } from '@banso/core';
import { FrameworkStatus } from './frameworks.enums';

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
