import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PasswordSetupLink } from '@banso/identity';
import { ProgramRole, RosterAction, RosterColumn } from '../programs.enums';

@ObjectType({ description: 'One problem of a roster file: where it is and why, in Japanese and English' })
export class RosterProblem {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1)' })
  rowNumber: number;
  @Field(() => RosterColumn, { nullable: true, description: 'The column, when the problem is in one cell' })
  column: RosterColumn | null;
  @Field({ description: 'Machine-readable reason, e.g. INVALID_EMAIL, UNKNOWN_MENTOR' })
  code: string;
  @Field({ description: "In the caller's language" })
  message: string;
  @Field()
  messageJa: string;
  @Field()
  messageEn: string;
}

@ObjectType({ description: 'What one row of the roster does (or would do, in a dry run)' })
export class RosterRow {
  @Field(() => Int)
  rowNumber: number;
  @Field()
  email: string;
  @Field()
  displayName: string;
  @Field(() => ProgramRole, { nullable: true })
  role: ProgramRole | null;
  @Field()
  organizationName: string;
  @Field(() => [RosterAction], { description: 'Empty when the row changes nothing' })
  actions: RosterAction[];
}

@ObjectType({ description: 'A one-time set-password link for an account the import created' })
export class RosterPasswordSetupLink extends PasswordSetupLink {
  @Field()
  email: string;

  constructor(values: PasswordSetupLink & { email: string }) {
    super(values);
    this.email = values.email;
  }
}

@ObjectType({ description: 'Totals of a roster import' })
export class RosterImportSummary {
  @Field(() => Int)
  rows: number;
  @Field(() => Int)
  organizationsCreated: number;
  @Field(() => Int)
  accountsCreated: number;
  @Field(() => Int, { description: 'Memberships added, reactivated or roles added' })
  membershipsAdded: number;
  @Field(() => Int)
  pairingsAdded: number;
  @Field(() => Int, { description: 'Rows that change nothing' })
  unchangedRows: number;
}

@ObjectType({
  description:
    'The outcome of importProgramRoster (名簿の取り込み): what each row does and every problem. Nothing is written ' +
    'unless applied is true: a dry run, or any problem, leaves the program as it was.',
})
export class RosterImportReport {
  @Field()
  dryRun: boolean;
  @Field({ description: 'True when the changes were written (a real run without problems)' })
  applied: boolean;
  @Field(() => RosterImportSummary)
  summary: RosterImportSummary;
  @Field(() => [RosterRow])
  rows: RosterRow[];
  @Field(() => [RosterProblem])
  problems: RosterProblem[];
  @Field(() => [RosterPasswordSetupLink], {
    description: 'Applied runs only: a one-time link per created account, to hand to the person (/set-password#token)',
  })
  passwordSetupLinks: RosterPasswordSetupLink[];
}
