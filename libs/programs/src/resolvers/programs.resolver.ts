import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  Actor,
  ConnectionArgs,
  ConnectionShape,
  Ctx,
  CurrentActor,
  IllegalTransitionError,
  ParseIdPipe,
  RequestContext,
} from '@banso/core';
import { IdentityLoaders, Organization, OrganizationNotFoundError, User } from '@banso/identity';
import { ProgramsService } from '../services/programs.service';
import { ProgramMembersService } from '../services/program-members.service';
import { MentorshipsService } from '../services/mentorships.service';
import { ProgramsLoaders } from '../programs.loaders';
import { Mentorship, Program, ProgramConnection, ProgramMember } from '../models/program.model';
import { ProgramRole } from '../programs.enums';
import {
  AddProgramMemberInput,
  AssignMentorInput,
  CreateProgramInput,
  EndMentorshipInput,
  ProgramIdInput,
  UpdateProgramInput,
  WithdrawProgramMemberInput,
} from '../dto/program.input';
import {
  ActivateProgramResult,
  AddProgramMemberResult,
  AssignMentorResult,
  CloseProgramResult,
  CreateProgramResult,
  EndMentorshipResult,
  UpdateProgramResult,
  WithdrawProgramMemberResult,
} from '../programs.results';
import {
  AlreadyEndedError,
  AlreadyPairedError,
  AlreadyProgramMemberError,
  FrameworkNotPublishedError,
  NotAProgramMemberError,
  ProgramClosedError,
  SelfMentorshipError,
  UserNotFoundError,
} from '../programs.errors';

@ArgsType()
export class ProgramsArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Only programs of this fiscal year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;
}

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(
    private readonly programs: ProgramsService,
    private readonly memberService: ProgramMembersService,
    private readonly mentorshipService: MentorshipsService,
    private readonly loaders: ProgramsLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Query(() => Program, { description: 'A program you take part in (admins see every program)' })
  program(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<Program> {
    return this.programs.program(actor, id);
  }

  @Query(() => ProgramConnection, { name: 'programs', description: 'Programs you may see (admins: all), newest first' })
  programsList(@CurrentActor() actor: Actor, @Args() args: ProgramsArgs): Promise<ConnectionShape<Program>> {
    return this.programs.listPrograms(actor, args);
  }

  @Query(() => ProgramConnection, { description: 'Programs you are an active member of' })
  myPrograms(@CurrentActor() actor: Actor, @Args() args: ProgramsArgs): Promise<ConnectionShape<Program>> {
    return this.programs.listPrograms(actor, args, true);
  }

  @Mutation(() => CreateProgramResult, { description: 'Create a program in DRAFT (admins)' })
  createProgram(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateProgramInput,
  ): Promise<Program | OrganizationNotFoundError | FrameworkNotPublishedError> {
    return this.programs.createProgram(actor, input);
  }

  @Mutation(() => UpdateProgramResult)
  updateProgram(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProgramInput,
  ): Promise<Program | ProgramClosedError> {
    return this.programs.updateProgram(actor, input);
  }

  @Mutation(() => ActivateProgramResult, { description: 'DRAFT → ACTIVE' })
  activateProgram(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProgramIdInput,
  ): Promise<Program | IllegalTransitionError> {
    return this.programs.activateProgram(actor, input);
  }

  @Mutation(() => CloseProgramResult, { description: 'ACTIVE → CLOSED' })
  closeProgram(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProgramIdInput,
  ): Promise<Program | IllegalTransitionError> {
    return this.programs.closeProgram(actor, input);
  }

  @Mutation(() => AddProgramMemberResult, { description: 'Add a person to a program as OWNER, MENTOR or TRAINEE' })
  addProgramMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddProgramMemberInput,
  ): Promise<ProgramMember | ProgramClosedError | AlreadyProgramMemberError | UserNotFoundError> {
    return this.memberService.addProgramMember(actor, input);
  }

  @Mutation(() => WithdrawProgramMemberResult, { description: 'Withdraw a member; their pairings end too' })
  withdrawProgramMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: WithdrawProgramMemberInput,
  ): Promise<ProgramMember | ProgramClosedError | AlreadyEndedError> {
    return this.memberService.withdrawProgramMember(actor, input);
  }

  @Mutation(() => AssignMentorResult, { description: 'Pair a mentor with a trainee in a program' })
  assignMentor(
    @CurrentActor() actor: Actor,
    @Args('input') input: AssignMentorInput,
  ): Promise<Mentorship | ProgramClosedError | NotAProgramMemberError | AlreadyPairedError | SelfMentorshipError> {
    return this.mentorshipService.assignMentor(actor, input);
  }

  @Mutation(() => EndMentorshipResult, { description: 'End a pairing (kept as history)' })
  endMentorship(
    @CurrentActor() actor: Actor,
    @Args('input') input: EndMentorshipInput,
  ): Promise<Mentorship | ProgramClosedError | AlreadyEndedError> {
    return this.mentorshipService.endMentorship(actor, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  operatorOrganization(program: Program, _args: unknown, context: RequestContext): Promise<Organization | null> {
    return this.identityLoaders.organization(context, program.operatorOrganizationId);
  }

  @ResolveField(() => [ProgramMember], { description: 'Members, optionally of one role' })
  async members(
    @Parent() program: Program,
    @Ctx() context: RequestContext,
    @Args('role', { type: () => ProgramRole, nullable: true }) role?: ProgramRole,
  ): Promise<ProgramMember[]> {
    const members = await this.loaders.members(context, program.id);
    return role ? members.filter((member) => member.role === role) : members;
  }

  @ResolveField(() => [Mentorship], { description: 'Mentor–trainee pairings, including ended ones' })
  mentorships(program: Program, _args: unknown, context: RequestContext): Promise<Mentorship[]> {
    return this.loaders.mentorships(context, program.id);
  }
}

@Resolver(() => ProgramMember)
export class ProgramMemberResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  user(member: ProgramMember, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, member.userId);
  }
}

@Resolver(() => Mentorship)
export class MentorshipResolver {
  constructor(private readonly identityLoaders: IdentityLoaders) {}

  @ResolveField(() => User, { nullable: true })
  mentor(mentorship: Mentorship, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, mentorship.mentorId);
  }

  @ResolveField(() => User, { nullable: true })
  trainee(mentorship: Mentorship, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.identityLoaders.user(context, mentorship.traineeId);
  }
}
