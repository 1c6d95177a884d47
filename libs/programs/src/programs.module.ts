import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DatabaseModule } from '@banso/core';
import { AuditModule } from '@banso/audit';
import { FrameworksModule } from '@banso/frameworks';
import { IdentityModule } from '@banso/identity';
import { ProgramEntity } from './entities/program.entity';
import { ProgramMemberEntity } from './entities/program-member.entity';
import { MentorshipEntity } from './entities/mentorship.entity';
import { ProgramsService } from './services/programs.service';
import { ProgramMembersService } from './services/program-members.service';
import { MentorshipsService } from './services/mentorships.service';
import { ProgramAccessService } from './services/program-access.service';
import { ProgramHooks } from './services/program-hooks';
import { SharedProgramVisibility } from './services/shared-program.visibility';
import { ProgramsLoaders } from './programs.loaders';
import { RosterResolver, RosterTemplateController } from './resolvers/roster.resolver';
import { RosterImportService } from './services/roster-import.service';
import { ProgramFrameworkResolver } from './resolvers/program-framework.resolver';
import { MentorshipResolver, ProgramMemberResolver, ProgramsResolver } from './resolvers/programs.resolver';

@Module({
  imports: [
    DatabaseModule.forFeature([ProgramEntity, ProgramMemberEntity, MentorshipEntity]),
    IdentityModule,
    AuditModule,
    FrameworksModule,
    DiscoveryModule,
  ],
  providers: [
    ProgramsService,
    ProgramMembersService,
    MentorshipsService,
    ProgramAccessService,
    ProgramHooks,
    SharedProgramVisibility,
    ProgramsLoaders,
    ProgramsResolver,
    ProgramMemberResolver,
    MentorshipResolver,
    ProgramFrameworkResolver,
    RosterImportService,
    RosterResolver,
  ],
  controllers: [RosterTemplateController],
  exports: [
    ProgramsService,
    ProgramMembersService,
    MentorshipsService,
    ProgramAccessService,
    ProgramsLoaders,
    ProgramHooks,
  ],
})
export class ProgramsModule {}
