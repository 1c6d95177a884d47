import { Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@banso/core';
import { MentorInboxItem, MyOjt } from '../models/reading.model';
import { OjtReadingService } from '../services/ojt-reading.service';

@Resolver()
export class OjtReadingResolver {
  constructor(private readonly reading: OjtReadingService) {}

  @Query(() => [MentorInboxItem], {
    description: 'Visits you accompany awaiting your feedback, and overdue post-briefs, oldest first',
  })
  mentorInbox(@CurrentActor() actor: Actor): Promise<MentorInboxItem[]> {
    return this.reading.mentorInbox(actor);
  }

  @Query(() => MyOjt, { description: 'Your cases, next visits and open next actions' })
  myOjt(@CurrentActor() actor: Actor): Promise<MyOjt> {
    return this.reading.myOjt(actor);
  }
}
