import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CaseTimelineKind, MentorInboxReason } from '../ojt.enums';
import { CaseHandOff, CaseMilestone, CaseStepMove, SupportCase } from './support-case.model';
import { NextAction, OjtVisit } from './visit.model';

@ObjectType({ description: 'One event in the life of a case; exactly one of the detail fields is set' })
export class CaseTimelineEntry {
  @Field(() => CaseTimelineKind)
  kind: CaseTimelineKind;
  @Field({ description: 'When it happened (visits: held, else scheduled)' })
  occurredAt: Date;
  @Field(() => OjtVisit, { nullable: true })
  visit: OjtVisit | null;
  @Field(() => CaseStepMove, { nullable: true })
  stepMove: CaseStepMove | null;
  @Field(() => CaseMilestone, { nullable: true })
  milestone: CaseMilestone | null;
  @Field(() => CaseHandOff, { nullable: true })
  handOff: CaseHandOff | null;
}

@ObjectType({ description: 'A visit waiting on the mentor or their mentee' })
export class MentorInboxItem {
  @Field(() => MentorInboxReason)
  reason: MentorInboxReason;
  @Field(() => OjtVisit)
  visit: OjtVisit;
  @Field({ description: 'Since when it has been waiting (post-brief recorded, or visit held)' })
  waitingSince: Date;
  @Field(() => Int, { description: 'Whole hours waited so far' })
  waitingHours: number;
}

@ObjectType({ description: "The calling trainee's OJT at a glance" })
export class MyOjt {
  @Field(() => [SupportCase], { description: 'Cases you lead, newest first' })
  cases: SupportCase[];
  @Field(() => [OjtVisit], { description: 'Your planned and pre-briefed visits, soonest first' })
  upcomingVisits: OjtVisit[];
  @Field(() => [NextAction], { description: 'Open next actions of your cases, earliest due first' })
  openNextActions: NextAction[];
}
