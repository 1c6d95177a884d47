import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { LocalizedText } from '@banso/core';
import { OrganizationKind } from '@banso/identity';
import { ProgramRole, RosterColumn, RosterFileFormat } from '../programs.enums';

/** Columns of a roster file in template order: the Japanese header (as in the template) and the English one. */
export const ROSTER_COLUMNS: { key: RosterColumn; ja: string; en: string; required: boolean }[] = [
  { key: RosterColumn.ORGANIZATION_NAME, ja: '組織名', en: 'Organisation name', required: true },
  { key: RosterColumn.ORGANIZATION_KIND, ja: '組織種別', en: 'Organisation kind', required: true },
  { key: RosterColumn.PREFECTURE, ja: '都道府県', en: 'Prefecture', required: false },
  { key: RosterColumn.NAME, ja: '氏名', en: 'Name', required: true },
  { key: RosterColumn.EMAIL, ja: 'メールアドレス', en: 'Email', required: true },
  { key: RosterColumn.ROLE, ja: '役割', en: 'Role', required: true },
  { key: RosterColumn.MENTOR_EMAIL, ja: 'メンターのメールアドレス', en: 'Mentor email', required: false },
];

export const ROSTER_COLUMN_LABEL: Record<RosterColumn, LocalizedText> = Object.fromEntries(
  ROSTER_COLUMNS.map((column) => [column.key, { ja: column.ja, en: column.en }]),
) as Record<RosterColumn, LocalizedText>;

/** Japanese labels of the organisation kinds (as in the OrganizationKind description); the codes are accepted too. */
export const KIND_LABELS: Record<OrganizationKind, string> = {
  [OrganizationKind.PRO_TALENT_HUB]: 'プロ人材拠点',
  [OrganizationKind.YOROZU_SUPPORT_CENTER]: 'よろず支援拠点',
  [OrganizationKind.PUBLIC_AGENCY]: '外郭団体',
  [OrganizationKind.SHOKOKAI]: '商工会',
  [OrganizationKind.CHAMBER_OF_COMMERCE]: '商工会議所',
  [OrganizationKind.REGIONAL_BANK]: '地域銀行',
  [OrganizationKind.SHINKIN_BANK]: '信用金庫',
  [OrganizationKind.TAX_ACCOUNTANT]: '税理士',
  [OrganizationKind.SME_CONSULTANT]: '診断士',
  [OrganizationKind.NPO]: 'NPO',
  [OrganizationKind.MUNICIPALITY]: '自治体',
  [OrganizationKind.TALENT_FIRM]: '人材会社',
  [OrganizationKind.UNIVERSITY]: '大学',
  [OrganizationKind.OTHER]: 'その他',
};

export const ROLE_LABELS: Record<ProgramRole, string> = {
  [ProgramRole.OWNER]: 'オーナー',
  [ProgramRole.MENTOR]: 'メンター',
  [ProgramRole.TRAINEE]: '担い手候補者',
};

export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
]; // prettier-ignore

/** The most data rows one file may hold (a cohort is tens to hundreds of people). */
export const MAX_ROSTER_ROWS = 2000;

/** One data row: its spreadsheet row number (the header is row 1) and its cells by column (trimmed, NFC). */
export interface RosterFileRow {
  rowNumber: number;
  cells: Record<RosterColumn, string>;
}

export type RosterFileContent =
  { ok: true; rows: RosterFileRow[]; missingColumns: RosterColumn[] } | { ok: false; reason: LocalizedText };

function normalise(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Header text → column: the Japanese or English header, any case and spacing. */
function columnOf(header: string): RosterColumn | undefined {
  const key = normalise(header).toLowerCase().replace(/[\s_]/g, '');
  return ROSTER_COLUMNS.find(
    (column) =>
      column.ja === normalise(header) ||
      column.en.toLowerCase().replace(/\s/g, '') === key ||
      column.key.toLowerCase().replace(/_/g, '') === key,
  )?.key;
}

function toRows(table: string[][]): RosterFileContent {
  const headerIndex = table.findIndex((cells) => cells.some((cell) => normalise(cell) !== ''));
  if (headerIndex < 0) return { ok: false, reason: { ja: 'ファイルが空です', en: 'The file is empty' } };
  const header = table[headerIndex].map((cell) => columnOf(cell ?? ''));
  const missingColumns = ROSTER_COLUMNS.filter((column) => column.required && !header.includes(column.key)).map(
    (column) => column.key,
  );
  const rows: RosterFileRow[] = [];
  for (let index = headerIndex + 1; index < table.length; index++) {
    const raw = table[index];
    if (!raw.some((cell) => normalise(cell ?? '') !== '')) continue;
    const cells = Object.fromEntries(ROSTER_COLUMNS.map((column) => [column.key, ''])) as Record<RosterColumn, string>;
    header.forEach((column, position) => {
      if (column) cells[column] = normalise(raw[position] ?? '');
    });
    rows.push({ rowNumber: index + 1, cells });
  }
  return { ok: true, rows, missingColumns };
}

/** Decodes CSV bytes: UTF-8 with or without BOM; bytes that are not valid UTF-8 are read as Shift_JIS (Excel's). */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

const UNREADABLE: Record<RosterFileFormat, LocalizedText> = {
  [RosterFileFormat.CSV]: { ja: 'CSVファイルとして読み取れません', en: 'The file cannot be read as CSV' },
  [RosterFileFormat.XLSX]: {
    ja: 'Excelファイル（.xlsx）として読み取れません',
    en: 'The file cannot be read as an Excel workbook (.xlsx)',
  },
};

/** Reads a CSV or XLSX roster (the first sheet) into rows; a file that cannot be read at all gives the reason. */
export async function readRosterFile(bytes: Buffer, format: RosterFileFormat): Promise<RosterFileContent> {
  let table: string[][];
  try {
    if (format === RosterFileFormat.CSV) {
      table = parse(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: false, bom: true });
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) return { ok: false, reason: UNREADABLE[format] };
      table = [];
      sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        const cells: string[] = [];
        for (let column = 1; column <= sheet.columnCount; column++) cells.push(row.getCell(column).text ?? '');
        table[rowNumber - 1] = cells;
      });
      for (let index = 0; index < table.length; index++) table[index] ??= [];
    }
  } catch {
    return { ok: false, reason: UNREADABLE[format] };
  }
  return toRows(table);
}

const SAMPLE_ROWS: string[][] = [
  ['おおさか中核人材活用推進機構', '外郭団体', '大阪府', '佐藤 美咲', 'owner@example.jp', 'OWNER', ''],
  ['おおさか中核人材活用推進機構', '外郭団体', '大阪府', '田中 健一', 'mentor@example.jp', 'MENTOR', ''],
  ['なにわ商工会議所', '商工会議所', '大阪府', '高橋 翔', 'trainee@example.jp', 'TRAINEE', 'mentor@example.jp'],
];

/** The downloadable template: Japanese headers and three example rows (CSV: UTF-8 with BOM, CRLF). */
export function rosterTemplateCsv(): Buffer {
  const text = stringify([ROSTER_COLUMNS.map((column) => column.ja), ...SAMPLE_ROWS], {
    bom: true,
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}

/** The XLSX template: the roster sheet and a sheet explaining each column and the accepted values. */
export async function rosterTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名簿');
  sheet.columns = ROSTER_COLUMNS.map((column) => ({ header: column.ja, key: column.key, width: 28 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of SAMPLE_ROWS) sheet.addRow(row);
  const help = workbook.addWorksheet('記入方法');
  help.columns = [
    { header: '列', width: 26 },
    { header: '必須', width: 8 },
    { header: '説明', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  const explanations: Record<RosterColumn, string> = {
    [RosterColumn.ORGANIZATION_NAME]: '所属組織の正式名称。未登録の組織はこの名称で作成されます。',
    [RosterColumn.ORGANIZATION_KIND]: `次のいずれか: ${Object.values(KIND_LABELS).join('、')}（英字コードも可）`,
    [RosterColumn.PREFECTURE]: '新しく作成する組織の都道府県（例: 大阪府）',
    [RosterColumn.NAME]: '氏名（100文字以内）',
    [RosterColumn.EMAIL]: 'ログインに使うメールアドレス。既存のアカウントはメールアドレスで照合します。',
    [RosterColumn.ROLE]: 'OWNER（オーナー）、MENTOR（メンター）、TRAINEE（担い手候補者）のいずれか',
    [RosterColumn.MENTOR_EMAIL]: '担い手候補者の行のみ: 組むメンターのメールアドレス（複数は ; 区切り）',
  };
  for (const column of ROSTER_COLUMNS) {
    help.addRow([column.ja, column.required ? '○' : '', explanations[column.key]]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
