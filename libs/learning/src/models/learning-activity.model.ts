import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import {
  AidaStage,
  AttendanceStatus,
  LearningActivityKind,
  LearningActivityStatus,
  RegistrationStatus,
} from '../learning.enums';
import type { StoredRubricCriterion } from '../services/rubric';

@ObjectType({
  description: 'An off-JT activity (座学・eラーニング・ハンドブック・ケーススタディー・ワークショップ…) of a program',
})
export class LearningActivity {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  programId: string;
  @Field(() => LearningActivityKind)
  kind: LearningActivityKind;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field(() => AidaStage, { description: 'AIDA stage the activity is designed for' })
  aidaStage: AidaStage;
  @Field(() => Date, { nullable: true, description: 'Start of the session; for e-learning and handbooks optional' })
  startsAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of the session, or the due date of self-paced material' })
  endsAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Venue (会場)' })
  location: string | null;
  @Field(() => String, { nullable: true, description: 'Link of an online session or of the material' })
  onlineUrl: string | null;
  @Field(() => Int, { nullable: true, description: 'Seats; null when unlimited' })
  capacity: number | null;
  @Field({ description: 'Required (必修) for every trainee of the program' })
  required: boolean;
  @Field(() => String, { nullable: true, description: 'Instructor (講師)' })
  instructorName: string | null;
  @Field(() => LearningActivityStatus)
  status: LearningActivityStatus;
  @Field(() => String, { nullable: true })
  cancelReason: string | null;
  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The case study of a CASE_STUDY or WORKSHOP activity' })
  caseStudyId: string | null;
  @Field(() => Int, { description: 'Peer reviewers per final submission; 0 = no peer review' })
  peerReviewersPerSubmission: number;
  @Field(() => Date, { nullable: true, description: 'When case submissions were closed (peers allocated then)' })
  submissionsClosedAt: Date | null;
  /** The activity's own rubric (null = the default); exposed localised through the `rubric` field. */
  storedRubric: StoredRubricCriterion[] | null;
  @Field()
  createdAt: Date;
  @Field()
  updatedAt: Date;
}

export const LearningActivityConnection = Connection(LearningActivity);

@ObjectType({ description: 'Seats of an activity' })
export class ActivitySeats {
  @Field(() => Int)
  registered: number;
  @Field(() => Int)
  waitlisted: number;
  @Field(() => Int, { nullable: true, description: 'Free seats; null when unlimited' })
  remaining: number | null;
}

@ObjectType({ description: "One person's part in an activity (参加): registration, attendance, progress" })
export class Participation {
  @Field(() => ID, { description: 'Cite it as PARTICIPATION evidence in a mentor assessment' })
  id: string;
  @Field(() => ID)
  activityId: string;
  @Field(() => ID)
  userId: string;
  @Field(() => RegistrationStatus, {
    nullable: true,
    description: 'null when the person took part without registering (walk-in, e-learning, handbook)',
  })
  registrationStatus: RegistrationStatus | null;
  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next to get a seat) while WAITLISTED' })
  waitlistPosition: number | null;
  @Field(() => Date, { nullable: true })
  registeredAt: Date | null;
  @Field(() => AttendanceStatus, { nullable: true })
  attendance: AttendanceStatus | null;
  @Field(() => Date, { nullable: true, description: 'When the person checked in with the code' })
  checkedInAt: Date | null;
  @Field(() => Int, { description: 'E-learning progress 0–100' })
  progressPercent: number;
  @Field(() => Date, { nullable: true, description: 'When the e-learning reached 100 %' })
  completedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the handbook was acknowledged (読了確認)' })
  acknowledgedAt: Date | null;
  @Field({ description: 'Attended the session, completed the e-learning or acknowledged the handbook' })
  done: boolean;
}

@ObjectType({ description: 'Attendance recorded for a whole list in one go' })
export class AttendanceRecorded {
  @Field(() => ID)
  activityId: string;
  @Field(() => [Participation], { description: 'The rows written, in the order of the input' })
  participations: Participation[];
}

@ObjectType({ description: 'The check-in code (出席コード) of a session and when it is accepted' })
export class CheckInCode {
  @Field(() => ID)
  activityId: string;
  @Field({ description: 'Show it in the room; trainees type it in checkIn' })
  code: string;
  @Field({ description: '30 minutes before the start' })
  validFrom: Date;
  @Field({ description: 'The end of the session' })
  validUntil: Date;
}

@ObjectType({ description: "An activity of the program with the caller's participation" })
export class MyLearningEntry {
  @Field(() => LearningActivity)
  activity: LearningActivity;
  @Field(() => Participation, { nullable: true, description: 'null when you have not taken part yet' })
  participation: Participation | null;
}

@ObjectType({ description: 'Participation figures of one activity' })
export class ActivityAttendanceSummary {
  @Field(() => LearningActivity)
  activity: LearningActivity;
  @Field(() => Int)
  registeredCount: number;
  @Field(() => Int)
  waitlistedCount: number;
  @Field(() => Int)
  attendedCount: number;
  @Field(() => Int, { description: 'Active trainees who are done (attended / completed / acknowledged)' })
  doneCount: number;
  @Field(() => Float, {
    nullable: true,
    description: 'doneCount / active trainees of the program (0–1); null when the program has no trainee',
  })
  completionRate: number | null;
}

@ObjectType({ description: "A trainee's required activities done vs total" })
export class TraineeLearningSummary {
  @Field(() => ID)
  traineeId: string;
  @Field(() => Int, { description: 'Required, not cancelled activities the trainee is done with' })
  requiredDone: number;
  @Field(() => Int, { description: 'Required, not cancelled activities of the program' })
  requiredTotal: number;
}

@ObjectType({ description: 'Off-JT attendance of a program (受講状況): per activity and per trainee' })
export class ProgramAttendance {
  @Field(() => ID)
  programId: string;
  @Field(() => Int, { description: 'Active trainees of the program' })
  traineeCount: number;
  @Field(() => [ActivityAttendanceSummary], { description: 'Activities not cancelled, in schedule order' })
  activities: ActivityAttendanceSummary[];
  @Field(() => [TraineeLearningSummary])
  trainees: TraineeLearningSummary[];
}
