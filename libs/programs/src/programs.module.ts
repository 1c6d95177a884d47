import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@banso/audit';
import { IdentityModule } from '@banso/identity';
import { ProgramEntity } from './program.entity';
import { ProgramMemberEntity } from './program-member.entity';
import { MentorshipEntity } from './mentorship.entity';
import { ProgramsService } from './programs.service';
import { ProgramAccessService } from './program-access.service';
import { ProgramsLoaders } from './programs.loaders';
import { ProgramFrameworks } from './program-frameworks';
import { MentorshipResolver, ProgramMemberResolver, ProgramsResolver } from './programs.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProgramEntity, ProgramMemberEntity, MentorshipEntity]),
    IdentityModule,
    AuditModule,
  ],
  providers: [
    ProgramsService,
    ProgramAccessService,
    ProgramsLoaders,
    ProgramFrameworks,
    ProgramsResolver,
    ProgramMemberResolver,
    MentorshipResolver,
  ],
  exports: [ProgramsService, ProgramAccessService, ProgramsLoaders, ProgramFrameworks],
})
export class ProgramsModule {}
