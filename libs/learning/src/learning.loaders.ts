import { Injectable } from '@nestjs/common';
import { RequestContext } from '@banso/core';
import { ActivitySeats, LearningActivity } from './models/learning-activity.model';
import { LearningReadingService } from './services/learning-reading.service';
import { CaseStudyService } from './services/case-study.service';
import { CaseStudy } from './models/case-study.model';

type Batch<V> = (keys: readonly string[]) => Promise<V[]>;

/** Per-request DataLoaders of the learning domain. */
@Injectable()
export class LearningLoaders {
  constructor(
    private readonly reading: LearningReadingService,
    private readonly caseStudies: CaseStudyService,
  ) {}

  caseStudy(context: RequestContext, id: string): Promise<CaseStudy | null> {
    return this.load(context, 'caseStudyById', (ids) => this.caseStudies.caseStudiesByIds(ids), id);
  }

  private load<V>(context: RequestContext, key: string, batch: Batch<V>, id: string): Promise<V> {
    return context.loaders.get<string, V>(`learning.${key}`, batch).load(id);
  }

  activity(context: RequestContext, id: string): Promise<LearningActivity | null> {
    return this.load(context, 'activityById', (ids) => this.reading.activitiesByIds(ids), id);
  }

  behaviourIds(context: RequestContext, activityId: string): Promise<string[]> {
    return this.load(
      context,
      'behaviourIdsByActivityId',
      (ids) => this.reading.behaviourIdsByActivityIds(ids),
      activityId,
    );
  }

  seats(context: RequestContext, activityId: string): Promise<ActivitySeats> {
    return this.load(context, 'seatsByActivityId', (ids) => this.reading.seatsByActivityIds(ids), activityId);
  }
}
