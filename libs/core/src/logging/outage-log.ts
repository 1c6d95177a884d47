import { Injectable, Logger } from '@nestjs/common';

/** A backing service the processes depend on. */
export type Dependency = 'postgres' | 'redis';

function describe(error: unknown): { error: string; code?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { error: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { error: String(error) };
}

/**
 * Turns the stream of connection errors a client emits while PostgreSQL or Redis is away (ioredis emits one per
 * reconnection attempt) into one structured warn line when the outage starts and one info line when it ends.
 */
@Injectable()
export class OutageLog {
  private readonly logger = new Logger('Dependencies');
  private readonly down = new Map<Dependency, number>();

  /** A connection error from `source` (the app's client, a queue). Only the first of an outage is logged. */
  unreachable(dependency: Dependency, source: string, error: unknown): void {
    const failures = this.down.get(dependency);
    this.down.set(dependency, (failures ?? 0) + 1);
    if (failures === undefined) {
      this.logger.warn({ msg: `${dependency} unreachable`, dependency, source, ...describe(error) });
    }
  }

  /** A connection to the dependency is (back) up; ends the outage if one was logged. */
  reachable(dependency: Dependency): void {
    const failures = this.down.get(dependency);
    if (failures === undefined) return;
    this.down.delete(dependency);
    this.logger.log({ msg: `${dependency} reachable again`, dependency, connectionErrors: failures });
  }

  isDown(dependency: Dependency): boolean {
    return this.down.has(dependency);
  }
}
