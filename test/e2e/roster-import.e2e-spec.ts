import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { errorCode, TestApp } from '../utils/test-app';
import { AuthorizationMatrix } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';

const IMPORT = `mutation ($input: ImportProgramRosterInput!) {
  importProgramRoster(input: $input) {
    __typename
    ... on RosterImportReport {
      dryRun applied
      summary { rows organizationsCreated accountsCreated membershipsAdded pairingsAdded unchangedRows }
      rows { rowNumber email role actions }
      problems { rowNumber column code message messageJa messageEn }
      passwordSetupLinks { userId email token expiresAt }
    }
    ... on ErrorResult { code message }
  }
}`;

interface Report {
  __typename: string;
  dryRun: boolean;
  applied: boolean;
  code?: string;
  message?: string;
  summary: Record<string, number>;
  rows: { rowNumber: number; email: string; role: string; actions: string[] }[];
  problems: {
    rowNumber: number;
    column: string | null;
    code: string;
    message: string;
    messageJa: string;
    messageEn: string;
  }[];
  passwordSetupLinks: { userId: string; email: string; token: string; expiresAt: string }[];
}

const HEADER = ['組織名', '組織種別', '都道府県', '氏名', 'メールアドレス', '役割', 'メンターのメールアドレス'];

/**
 * 300 data rows: 20 mentors and 280 trainees in 10 new organisations, every trainee paired with one of the mentors
 * (the first 10 trainees also with the program's existing mentor).
 */
function roster(existingMentorEmail: string): string[][] {
  const rows: string[][] = [];
  const kinds = ['商工会議所', '地域銀行', 'SHOKOKAI', '信用金庫', '外郭団体'];
  const organization = (i: number) => [`ロスター支援機関${i % 10}`, kinds[(i % 10) % 5], '大阪府'];
  for (let i = 0; i < 20; i++) rows.push([...organization(i), `メンター ${i}`, `mentor${i}@roster.test`, 'MENTOR', '']);
  for (let i = 0; i < 280; i++) {
    const mentors = [`mentor${i % 20}@roster.test`, ...(i < 10 ? [existingMentorEmail] : [])].join(';');
    rows.push([...organization(i), `候補者 ${i}`, `trainee${i}@roster.test`, 'TRAINEE', mentors]);
  }
  return rows;
}

function csv(rows: string[][], bom = true): string {
  return Buffer.from(stringify([HEADER, ...rows], { bom, record_delimiter: 'windows' })).toString('base64');
}

let t: TestApp;
let w: Cohort;

async function importRoster(
  as: UserRow | null,
  file: string,
  options: { dryRun?: boolean; format?: 'CSV' | 'XLSX'; programId?: string; locale?: 'ja' | 'en' } = {},
) {
  const response = await t.gql<{ importProgramRoster: Report }>(
    IMPORT,
    {
      input: {
        programId: options.programId ?? w.program.id,
        file,
        format: options.format ?? 'CSV',
        dryRun: options.dryRun ?? true,
      },
    },
    { as, locale: options.locale },
  );
  return response;
}

beforeAll(async () => {
  t = await TestApp.start();
  w = await t.factory.cohort();
});
afterAll(() => t.close());

describe('Roster import (名簿の取り込み)', () => {
  it('names exactly the 5 bad rows of a 300-row roster, then imports it once; a second run changes nothing', async () => {
    const good = roster(w.mentor.email);
    const bad = good.map((row) => [...row]);
    // Spreadsheet row numbers: the header is row 1, so data row i is row i + 2.
    bad[30][4] = 'trainee10@@roster'; // row 32: email
    bad[40][5] = 'SUPERVISOR'; // row 42: role
    bad[77][1] = '銀行'; // row 79: organisation kind
    bad[150][3] = ''; // row 152: name
    bad[299][6] = 'nobody@roster.test'; // row 301: mentor email
    const dry = (await importRoster(w.owner, csv(bad))).data!.importProgramRoster;
    expect(dry.__typename).toBe('RosterImportReport');
    expect(dry.applied).toBe(false);
    expect(dry.summary.rows).toBe(300);
    expect(dry.problems.map(({ rowNumber, column, code }) => ({ rowNumber, column, code }))).toEqual([
      { rowNumber: 32, column: 'EMAIL', code: 'INVALID_EMAIL' },
      { rowNumber: 42, column: 'ROLE', code: 'UNKNOWN_ROLE' },
      { rowNumber: 79, column: 'ORGANIZATION_KIND', code: 'UNKNOWN_ORGANIZATION_KIND' },
      { rowNumber: 152, column: 'NAME', code: 'REQUIRED' },
      { rowNumber: 301, column: 'MENTOR_EMAIL', code: 'UNKNOWN_MENTOR' },
    ]);
    expect(dry.problems[0].messageJa).toBe(
      '32行目「メールアドレス」: 「trainee10@@roster」はメールアドレスの形式ではありません',
    );
    expect(dry.problems[0].messageEn).toBe('Row 32, Email: "trainee10@@roster" is not a valid email address');
    expect(dry.problems[0].message).toBe(dry.problems[0].messageJa);
    // A real run of a file with problems writes nothing either.
    const before = await t.count('audit_event');
    const refused = (await importRoster(w.owner, csv(bad), { dryRun: false })).data!.importProgramRoster;
    expect({ applied: refused.applied, problems: refused.problems.length }).toEqual({ applied: false, problems: 5 });
    expect(await t.count('user_account', `email LIKE '%@roster.test'`)).toBe(0);
    expect(await t.count('audit_event')).toBe(before);

    const fixedDry = (await importRoster(w.owner, csv(good))).data!.importProgramRoster;
    expect(fixedDry.problems).toEqual([]);
    const expected = {
      rows: 300,
      organizationsCreated: 10,
      accountsCreated: 300,
      membershipsAdded: 300,
      pairingsAdded: 290,
      unchangedRows: 0,
    };
    expect(fixedDry.summary).toEqual(expected);
    expect(fixedDry.rows[0]).toEqual({
      rowNumber: 2,
      email: 'mentor0@roster.test',
      role: 'MENTOR',
      actions: ['ORGANIZATION_CREATED', 'ACCOUNT_CREATED', 'MEMBER_ADDED'],
    });
    expect(fixedDry.rows[22].actions).toEqual(['ACCOUNT_CREATED', 'MEMBER_ADDED', 'PAIRING_ADDED']);
    expect(await t.count('user_account', `email LIKE '%@roster.test'`)).toBe(0);

    const started = Date.now();
    const applied = (await importRoster(w.owner, csv(good), { dryRun: false })).data!.importProgramRoster;
    const elapsed = Date.now() - started;
    process.stdout.write(`roster import: 300 rows applied in ${elapsed} ms\n`);
    expect(elapsed).toBeLessThan(5000);
    expect(applied).toMatchObject({ applied: true, summary: expected });
    expect(applied.passwordSetupLinks).toHaveLength(300);
    expect(await t.count('user_account', `email LIKE '%@roster.test'`)).toBe(300);
    expect(await t.count('organization', `name LIKE 'ロスター支援機関%'`)).toBe(10);
    expect(await t.count('program_member', `"programId" = $1`, [w.program.id])).toBe(4 + 300);
    expect(await t.count('mentorship', `"programId" = $1 AND "endedAt" IS NULL`, [w.program.id])).toBe(1 + 290);
    expect(await t.count('audit_event', `action = 'program.importRoster'`)).toBe(1);
    expect(await t.count('audit_event', `action = 'user.create'`)).toBe(300);

    // The link works once: the trainee sets a password and logs in.
    const link = applied.passwordSetupLinks.find((l) => l.email === 'trainee7@roster.test')!;
    const set = await t.gql<{ setPasswordWithToken: { __typename: string } }>(
      `mutation ($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { __typename } }`,
      { input: { token: link.token, newPassword: 'roster-password-2025' } },
    );
    expect(set.data!.setPasswordWithToken.__typename).toBe('PasswordChanged');
    const login = await t.gql<{ login: { __typename: string } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { __typename } }`,
      { input: { email: 'trainee7@roster.test', password: 'roster-password-2025' } },
    );
    expect(login.data!.login.__typename).toBe('AuthPayload');

    const auditBefore = await t.count('audit_event');
    const again = (await importRoster(w.owner, csv(good), { dryRun: false })).data!.importProgramRoster;
    expect(again).toMatchObject({
      applied: true,
      summary: {
        rows: 300,
        organizationsCreated: 0,
        accountsCreated: 0,
        membershipsAdded: 0,
        pairingsAdded: 0,
        unchangedRows: 300,
      },
      passwordSetupLinks: [],
    });
    expect(again.rows.every((row) => row.actions.length === 0)).toBe(true);
    expect(await t.count('audit_event')).toBe(auditBefore);
    expect(await t.count('user_account', `email LIKE '%@roster.test'`)).toBe(300);
  });

  it('reads XLSX (first sheet, any column order) and CSV without BOM or in Shift_JIS, names what it adds to existing people', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名簿');
    sheet.addRow(['メールアドレス', '氏名', '役割', '組織名', '組織種別', 'メンターのメールアドレス']);
    sheet.addRow([
      w.otherMentor.email,
      w.otherMentor.displayName,
      'TRAINEE',
      w.operator.name,
      '外郭団体',
      w.mentor.email,
    ]);
    sheet.addRow(['xlsx.person@roster.test', 'エクセル 太郎', 'メンター', w.operator.name, 'PUBLIC_AGENCY', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const report = (await importRoster(w.owner, file, { format: 'XLSX', dryRun: false })).data!.importProgramRoster;
    expect(report.problems).toEqual([]);
    expect(report.rows.map((row) => [row.rowNumber, row.actions])).toEqual([
      [2, ['ROLE_ADDED', 'PAIRING_ADDED']],
      [3, ['ACCOUNT_CREATED', 'MEMBER_ADDED']],
    ]);

    const plain = stringify([
      HEADER,
      ['新しい商工会', '商工会', '京都府', '京都 花子', 'kyoto@roster.test', 'TRAINEE', ''],
    ]);
    const noBom = (await importRoster(w.owner, Buffer.from(plain).toString('base64'))).data!.importProgramRoster;
    expect(noBom.problems).toEqual([]);
    expect(noBom.rows[0].actions).toEqual(['ORGANIZATION_CREATED', 'ACCOUNT_CREATED', 'MEMBER_ADDED']);
    const sjis = Buffer.from(
      '組織名,組織種別,氏名,メールアドレス,役割\r\nなにわ信金,信用金庫,大阪 一郎,sjis@roster.test,TRAINEE\r\n',
      'utf8',
    );
    const encoded = Buffer.from(new TextEncoderShiftJis().encode(sjis.toString('utf8')));
    const shiftJis = (await importRoster(w.owner, encoded.toString('base64'))).data!.importProgramRoster;
    expect(shiftJis.problems).toEqual([]);
    expect(shiftJis.rows[0]).toMatchObject({ email: 'sjis@roster.test', role: 'TRAINEE' });
  });

  it('reports file-level and cross-row problems in the caller language', async () => {
    const disabled = await t.factory.user({ email: 'disabled@roster.test', status: 'DISABLED' });
    const rows = [
      ['組織X', '商工会議所', '', '佐藤 一', 'dup@roster.test', 'TRAINEE', ''],
      ['組織X', '地域銀行', '', '佐藤 一', 'other@roster.test', 'TRAINEE', ''], // kind differs from row 2
      ['組織Y', '商工会議所', '', '佐藤 二', 'dup@roster.test', 'TRAINEE', ''], // name, organisation, duplicate
      ['組織X', '商工会議所', 'オオサカ', '無効 太郎', disabled.email, 'MENTOR', 'dup@roster.test'],
      [w.chamber.name, '商工会議所', '', '田中 健一', w.mentor.email, 'MENTOR', ''], // mentor lives in the operator org
    ];
    const english = await t.factory.user({ organizationId: w.operator.id, locale: 'en' });
    await t.factory.member(w.program.id, english.id, 'OWNER');
    const report = (await importRoster(english, csv(rows))).data!.importProgramRoster;
    expect(report.problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
      [3, 'ORGANIZATION_KIND', 'ORGANIZATION_KIND_MISMATCH'],
      [4, 'NAME', 'NAME_MISMATCH'],
      [4, 'ORGANIZATION_NAME', 'ORGANIZATION_MISMATCH'],
      [4, 'EMAIL', 'DUPLICATE_ROW'],
      [5, 'PREFECTURE', 'UNKNOWN_PREFECTURE'],
      [5, 'EMAIL', 'ACCOUNT_DISABLED'],
      [5, 'MENTOR_EMAIL', 'MENTOR_FOR_NON_TRAINEE'],
      [5, 'MENTOR_EMAIL', 'UNKNOWN_MENTOR'],
      [6, 'ORGANIZATION_NAME', 'ACCOUNT_IN_OTHER_ORGANIZATION'],
    ]);
    expect(report.problems[4].message).toBe('Row 5, Prefecture: "オオサカ" is not a prefecture (e.g. 大阪府)');

    const missing = Buffer.from(
      stringify([
        ['氏名', 'メールアドレス'],
        ['a', 'a@roster.test'],
      ]),
    ).toString('base64');
    const header = (await importRoster(w.owner, missing)).data!.importProgramRoster;
    expect(header.problems.filter((p) => p.code === 'MISSING_COLUMN').map((p) => [p.rowNumber, p.column])).toEqual([
      [1, 'ORGANIZATION_NAME'],
      [1, 'ORGANIZATION_KIND'],
      [1, 'ROLE'],
    ]);

    const unreadable = await importRoster(w.owner, Buffer.from('not a workbook').toString('base64'), {
      format: 'XLSX',
    });
    expect(unreadable.data!.importProgramRoster).toMatchObject({
      __typename: 'RosterFileUnreadableError',
      code: 'ROSTER_FILE_UNREADABLE',
    });
    const empty = await importRoster(w.owner, Buffer.from('\r\n\r\n').toString('base64'));
    expect(empty.data!.importProgramRoster).toMatchObject({ __typename: 'RosterFileUnreadableError' });
  });

  it('refuses bad input naming the field, a closed program, and writes nothing', async () => {
    const notBase64 = await importRoster(w.owner, '***');
    expect(errorCode(notBase64)).toBe('BAD_USER_INPUT');
    expect(notBase64.errors![0].extensions.fields).toEqual([
      { field: 'input.file', message: 'Base64形式ではありません' },
    ]);
    const badFormat = await t.gql(
      IMPORT,
      { input: { programId: w.program.id, file: 'YQ==', format: 'PDF', dryRun: true } },
      { as: w.owner },
    );
    expect(errorCode(badFormat)).toBe('BAD_USER_INPUT');
    const tooMany = csv(
      Array.from({ length: 2001 }, (_, i) => ['組織', '商工会', '', `名前${i}`, `many${i}@roster.test`, 'TRAINEE', '']),
    );
    const big = await importRoster(w.owner, tooMany);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].extensions.fields).toEqual([
      { field: 'input.file', message: '名簿は2000行以内にしてください（2001行）' },
    ]);
    const closed = await t.factory.program({ status: 'CLOSED' });
    await t.factory.member(closed.id, w.owner.id, 'OWNER');
    const refused = await importRoster(w.owner, csv(roster(w.mentor.email).slice(0, 2)), { programId: closed.id });
    expect(refused.data!.importProgramRoster).toMatchObject({
      __typename: 'ProgramClosedError',
      code: 'PROGRAM_CLOSED',
    });
  });

  it('authorization: owners of the program and admins; members FORBIDDEN; outsiders NOT_FOUND', async () => {
    type Role =
      | 'anonymous'
      | 'trainee'
      | 'mentor'
      | 'trainee of another program'
      | 'owner of another program'
      | 'owner'
      | 'admin';
    const roles: Role[] = [
      'anonymous',
      'trainee',
      'mentor',
      'trainee of another program',
      'owner of another program',
      'owner',
      'admin',
    ];
    const matrix = new AuthorizationMatrix<Role>(t, roles, () => ({
      anonymous: null,
      trainee: w.trainee,
      mentor: w.mentor,
      'trainee of another program': w.otherTrainee,
      'owner of another program': w.otherOwner,
      owner: w.owner,
      admin: w.admin,
    }));
    const file = csv([['組織Z', '商工会', '', '権限 太郎', 'matrix@roster.test', 'TRAINEE', '']]);
    for (const dryRun of [true, false]) {
      const outcomes = await matrix.outcomes({
        query: IMPORT,
        success: 'RosterImportReport',
        variables: () => ({ input: { programId: w.program.id, file, format: 'CSV', dryRun } }),
      });
      expect(outcomes).toEqual({
        anonymous: 'UNAUTHENTICATED',
        trainee: 'FORBIDDEN',
        mentor: 'FORBIDDEN',
        'trainee of another program': 'NOT_FOUND',
        'owner of another program': 'NOT_FOUND',
        owner: 'OK',
        admin: 'OK',
      });
    }
    const unknown = await importRoster(w.admin, file, { programId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('serves the templates with Japanese headers (XLSX and CSV with BOM), without logging in', async () => {
    const xlsx = await t.http
      .get('/imports/roster-template.xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('名簿テンプレート.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['名簿', '記入方法']);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(HEADER);

    const text = await t.http.get('/imports/roster-template.csv');
    expect(text.status).toBe(200);
    expect(text.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(text.text.charCodeAt(0)).toBe(0xfeff);
    expect(text.text).toContain('\r\n');
    const table = parse(text.text, { bom: true });
    expect(table[0]).toEqual(HEADER);
    // The template itself imports cleanly.
    const report = (await importRoster(w.owner, Buffer.from(text.text).toString('base64'))).data!.importProgramRoster;
    expect(report.problems).toEqual([]);
  });
});

/** Shift_JIS encoder for the test (Node has a decoder only): maps each character through a decoded code table. */
class TextEncoderShiftJis {
  private static table: Map<string, number[]> | undefined;

  encode(text: string): Uint8Array {
    TextEncoderShiftJis.table ??= TextEncoderShiftJis.build();
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...TextEncoderShiftJis.table.get(char)!);
    }
    return Uint8Array.from(bytes);
  }

  private static build(): Map<string, number[]> {
    const decoder = new TextDecoder('shift_jis');
    const table = new Map<string, number[]>();
    const leads = [
      ...Array.from({ length: 0x1f }, (_, i) => 0x81 + i),
      ...Array.from({ length: 0x10 }, (_, i) => 0xe0 + i),
    ];
    for (const lead of leads) {
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(Uint8Array.from([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    return table;
  }
}
