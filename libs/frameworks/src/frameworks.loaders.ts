import { Injectable } from '@nestjs/common';
import { RequestContext } from '@banso/core';
import { Behaviour, CompetencyFramework, CompetencyStep } from './models/framework.model';
import { FrameworkService } from './services/framework.service';

/** Per-request loaders for frameworks and behaviours, localised to the caller. */
@Injectable()
export class FrameworksLoaders {
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

  /** The behaviours that apply across all STEPs, from the same batch as `behaviours`. */
  async crossCuttingBehaviours(context: RequestContext, frameworkId: string): Promise<Behaviour[]> {
    return (await this.behaviours(context, frameworkId)).filter((b) => b.crossCutting);
  }

  /** The behaviours of one STEP, from the same batch as `behaviours`. */
  async stepBehaviours(context: RequestContext, step: CompetencyStep): Promise<Behaviour[]> {
    return (await this.behaviours(context, step.frameworkId)).filter((b) => b.stepId === step.id);
  }

  behaviour(context: RequestContext, id: string): Promise<Behaviour | null> {
    return context.loaders
      .get<string, Behaviour | null>('competency.behaviourById', (ids) =>
        this.frameworks.behavioursByIds(ids, context.locale),
      )
      .load(id);
  }
}
