import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Picks the competency framework a new program is pinned to: the requested one if it is PUBLISHED, else (nothing
 * requested) the latest PUBLISHED one; null when there is none.
 */
export type FrameworkPinRule = (manager: EntityManager, requestedFrameworkId: string | null) => Promise<string | null>;

/**
 * The competency lib owns frameworks and registers the pin rule here at start-up, so `programs` never imports
 * `@banso/competency` (which itself depends on `programs`).
 */
@Injectable()
export class ProgramFrameworks {
  private rule: FrameworkPinRule | undefined;

  use(rule: FrameworkPinRule): void {
    this.rule = rule;
  }

  frameworkFor(manager: EntityManager, requestedFrameworkId: string | null): Promise<string | null> {
    if (!this.rule) throw new Error('No competency framework rule registered: import CompetencyModule');
    return this.rule(manager, requestedFrameworkId);
  }
}
