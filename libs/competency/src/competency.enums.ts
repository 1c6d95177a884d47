import { registerEnumType } from '@nestjs/graphql';

export enum AssessmentSource {
  SELF = 'SELF',
  MENTOR = 'MENTOR',
  PEER = 'PEER',
}
registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: 'Who rated: SELF (自己評価), MENTOR (メンター評価), PEER (ピア評価)',
});

export enum EvidenceType {
  VISIT = 'VISIT',
  PARTICIPATION = 'PARTICIPATION',
  CASE_SUBMISSION = 'CASE_SUBMISSION',
  OTHER = 'OTHER',
}
registerEnumType(EvidenceType, {
  name: 'EvidenceType',
  description: 'Kind of record an assessment rests on: an OJT visit, an off-JT participation, a case-study submission',
});
