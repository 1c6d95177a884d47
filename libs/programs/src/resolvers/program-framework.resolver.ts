import { ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@banso/core';
import { CompetencyFramework, FrameworksLoaders } from '@banso/frameworks';
import { Program } from '../models/program.model';

@Resolver(() => Program)
export class ProgramFrameworkResolver {
  constructor(private readonly loaders: FrameworksLoaders) {}

  @ResolveField(() => CompetencyFramework, {
    nullable: true,
    description: 'The competency framework version the program is pinned to',
  })
  framework(program: Program, _args: unknown, context: RequestContext): Promise<CompetencyFramework | null> {
    return this.loaders.framework(context, program.frameworkId);
  }
}
