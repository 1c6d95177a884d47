import { Injectable } from '@nestjs/common';
import { RequestContext } from '@banso/core';
import { Behaviour, CompetencyFramework, CompetencyStep } from './competency.model';
import { FrameworkService } from './framework.service';

/** Per-request loaders for frameworks and behaviours, localised to the caller. */
@Injectable()
export class CompetencyLoaders {
  constructor(private readonly frameworks: FrameworkService) {}

  framework(context: RequestContext, id: string): Promise<CompetencyFramework | null> {
    return context.loaders
      .get<string, CompetencyFramework | null>('competency.frameworkById', (ids) =>
        this.frameworks.frameworksByIds(ids, context.locale),
      )
      .load(id);
  }

  steps(context: RequestContext, frameworkId: string): Promise<CompetencyStep[]> {
    return context.loaders
      .get<string, CompetencyStep[]>('competency.stepsByFrameworkId', (ids) =>
        this.frameworks.stepsByFrameworkIds(ids, context.locale),
      )
      .load(frameworkId);
  }

  behaviours(context: RequestContext, frameworkId: string): Promise<Behaviour[]> {
    return context.loaders
      .get<string, Behaviour[]>('competency.behavioursByFrameworkId', (ids) =>
        this.frameworks.behavioursByFrameworkIds(ids, context.locale),
      )
      .load(frameworkId);
  }

  behaviour(context: RequestContext, id: string): Promise<Behaviour | null> {
    return context.loaders
      .get<string, Behaviour | null>('competency.behaviourById', (ids) =>
        this.frameworks.behavioursByIds(ids, context.locale),
      )
      .load(id);
  }
}
