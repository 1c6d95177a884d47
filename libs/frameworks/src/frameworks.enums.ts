import { registerEnumType } from '@nestjs/graphql';

export enum FrameworkStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(FrameworkStatus, {
  name: 'FrameworkStatus',
  description: 'DRAFT (editable) → PUBLISHED (immutable, can be pinned to programs) → RETIRED',
});

export enum BehaviourPhase {
  SOLUTION = 'SOLUTION',
  REQUIREMENT = 'REQUIREMENT',
}
registerEnumType(BehaviourPhase, {
  name: 'BehaviourPhase',
  description: 'Phase inside STEP2: SOLUTION (解決策の検討) or REQUIREMENT (人材要件の整理)',
});
