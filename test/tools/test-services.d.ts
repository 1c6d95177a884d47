export interface TestServiceUrls {
  databaseUrl: string;
  redisUrl: string;
}
export function testServiceUrls(env?: NodeJS.ProcessEnv): TestServiceUrls;
/** Rejects with a message saying what to start or set when PostgreSQL or Redis is not reachable. */
export function checkTestServices(urls?: TestServiceUrls): Promise<void>;
export function redisKeys(prefix: string, url?: string): Promise<string[]>;
export function removeRedisKeys(prefix: string, url?: string): Promise<number>;
