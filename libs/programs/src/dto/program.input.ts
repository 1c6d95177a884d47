import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBase64,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProgramRole, RosterFileFormat } from '../programs.enums';

@InputType()
export class CreateProgramInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => Int, { description: 'Japanese fiscal year, e.g. 2025' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region: string;

  @Field(() => ID)
  @IsUUID()
  operatorOrganizationId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, not before startsOn' })
  @IsISO8601({ strict: true })
  endsOn: string;

  @Field(() => ID, {
    nullable: true,
    description: 'PUBLISHED competency framework to pin; default: the latest published one',
  })
  @IsOptional()
  @IsUUID()
  frameworkId?: string;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateProgramInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsOn?: string;
}

@InputType()
export class ProgramIdInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;
}

@InputType()
export class AddProgramMemberInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => ProgramRole)
  @IsEnum(ProgramRole)
  role: ProgramRole;
}

@InputType()
export class WithdrawProgramMemberInput {
  @Field(() => ID, { description: 'The ProgramMember id' })
  @IsUUID()
  memberId: string;
}

@InputType()
export class AssignMentorInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  mentorId: string;

  @Field(() => ID)
  @IsUUID()
  traineeId: string;
}

@InputType()
export class EndMentorshipInput {
  @Field(() => ID)
  @IsUUID()
  mentorshipId: string;
}

@ArgsType()
export class ProgramMemberCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field({ description: 'Part of a name or an email address' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  search: string;

  @Field(() => Int, { nullable: true, description: 'At most this many accounts (1–50, default 20)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  first?: number;
}

/** A base64 file of at most ~650 KB fits in the api's 1 MB request body. */
export const MAX_ROSTER_FILE_BASE64_LENGTH = 900_000;

@InputType({ description: 'A roster file (名簿) to check (dryRun) or import into a program' })
export class ImportProgramRosterInput {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field({ description: 'The file content, base64-encoded (at most 900 000 characters, ~650 KB)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ROSTER_FILE_BASE64_LENGTH)
  @IsBase64()
  file: string;

  @Field(() => RosterFileFormat)
  @IsEnum(RosterFileFormat)
  format: RosterFileFormat;

  @Field({ description: 'true: report what would happen and every problem, write nothing' })
  @IsBoolean()
  dryRun: boolean;
}
