/**
 * Benchmark: how long until the trainee home is usable in Chromium on localhost: from navigation to the page
 * showing the trainee's next visit (JavaScript loaded from a cold cache, session restored from the refresh
 * cookie, data fetched and rendered). Median of 5 rounds, each in a fresh browser context, after one warm-up.
 * Run with `npm run bench:web` (fresh database from test/tools/with-test-env.js). It asserts nothing about time.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@banso/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { Factory, TEST_PASSWORD } from '../factories';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const dataSource = app.get(DataSource);
    await dataSource.runMigrations({ transaction: 'each' });
    const cohort = await new Factory(dataSource).cohort();
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer() as { address(): AddressInfo }).address().port}`;

    const { login } = await gql<{ login: { accessToken: string } }>(
      base,
      `mutation ($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }`,
      { input: { email: cohort.trainee.email, password: TEST_PASSWORD } },
    );
    const token = login.accessToken;
    const { createClientCompany } = await gql<{ createClientCompany: { id: string } }>(
      base,
      `mutation ($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id } }`,
      { input: { name: '株式会社浪速精工', industry: '製造業', employeeCount: 48, prefecture: '大阪府' } },
      token,
    );
    const { openSupportCase } = await gql<{ openSupportCase: { id: string } }>(
      base,
      `mutation ($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { ... on SupportCase { id } } }`,
      {
        input: {
          programId: cohort.program.id,
          clientCompanyId: createClientCompany.id,
          leadTraineeId: cohort.trainee.id,
        },
      },
      token,
    );
    await gql(
      base,
      `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { __typename } }`,
      {
        input: {
          supportCaseId: openSupportCase.id,
          scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          mentorIds: [cohort.mentor.id],
          traineeRole: 'OBSERVER',
        },
      },
      token,
    );

    const times: number[] = [];
    for (let round = 0; round <= ROUNDS; round += 1) {
      const context = await browser.newContext({
        baseURL: base,
        viewport: { width: 390, height: 844 },
        locale: 'ja-JP',
      });
      // Log in as the web app does, so the context holds the refresh cookie (not timed).
      await context.request.post('/graphql', {
        headers: { 'Content-Type': 'application/json', 'X-Banso-Client': 'web' },
        data: {
          query: `mutation ($input: LoginInput!) { login(input: $input) { __typename } }`,
          variables: { input: { email: cohort.trainee.email, password: TEST_PASSWORD } },
        },
      });
      const page = await context.newPage();
      const start = process.hrtime.bigint();
      await page.goto('/trainee');
      await page
        .getByRole('link', { name: '第1回訪問・株式会社浪速精工' })
        .waitFor({ state: 'visible', timeout: 30_000 });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (round > 0) times.push(elapsed);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    process.stdout.write(
      `trainee home usable in Chromium (390×844, cold cache, localhost): median ${median.toFixed(0)} ms over ${ROUNDS} rounds (${times.map((t) => t.toFixed(0)).join(', ')} ms)\n`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
