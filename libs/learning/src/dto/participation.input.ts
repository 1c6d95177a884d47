import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttendanceStatus } from '../learning.enums';

export const MAX_ATTENDANCE_ENTRIES = 500;

@InputType({ description: 'Register for an activity: yourself as a trainee, or (owners) any trainee of the program' })
export class RegisterForActivityInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'Owners only: the trainee to register; omit for yourself' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@InputType({ description: 'Give up a seat or a waitlist place; the first waitlisted person gets the seat' })
export class CancelRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'Owners only: whose registration; omit for yourself' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;
}

@InputType({ description: 'Attendance (出欠) of a session for up to a whole cohort; all rows are written or none' })
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDANCE_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@InputType({ description: 'Check in to a session with the code shown in the room' })
export class CheckInInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(12)
  code: string;
}

@InputType({ description: 'E-learning progress; it only goes up, 100 completes the module' })
export class RecordLearningProgressInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;

  @Field(() => Int, { description: '0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent: number;
}

@InputType({ description: 'Confirm that you have read the handbook (読了確認)' })
export class AcknowledgeHandbookInput {
  @Field(() => ID)
  @IsUUID()
  activityId: string;
}
