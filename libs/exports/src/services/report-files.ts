import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { KpiBreakdownDimension } from '@banso/reporting';
import type { KpiBreakdown, KpiBreakdownRow, KpiFigure, KpiReport } from '@banso/reporting';
import { ReportExportFormat } from '../exports.enums';
import type { ReportFilter } from '../report-source';

export const CONTENT_TYPE: Record<ReportExportFormat, string> = {
  [ReportExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ReportExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The columns of a section's table (CSV) and sheet (XLSX), Japanese headers. */
export const SECTION_HEADER = ['項目キー', '項目', '値', '単位', '定義'];

/** The columns of a breakdown's table and sheet. */
export const BREAKDOWN_HEADER = [
  '区分キー',
  '区分',
  '① 参画機関数',
  '② 求人化企業数',
  '③ マッチング企業数',
  '④ OJT実施担い手数',
  '実施訪問数',
  '⑤ 一人当たり訪問回数',
];

/** The breakdown row's fields, in the order of BREAKDOWN_HEADER's figures. */
export const BREAKDOWN_FIELDS = [
  'participatingOrganizations',
  'companiesWithJobOpening',
  'matchedCompanies',
  'traineesWithOjt',
  'heldVisits',
  'visitsPerTrainee',
] as const satisfies readonly (keyof KpiBreakdownRow)[];

/** Titles of the breakdowns (CSV title rows, XLSX sheet names). */
export const BREAKDOWN_TITLES: Record<string, { ja: string; en: string }> = {
  ORGANIZATION_KIND: { ja: '内訳（機関種別）', en: 'Breakdown by organisation kind' },
  PREFECTURE: { ja: '内訳（都道府県）', en: 'Breakdown by prefecture' },
  FISCAL_MONTH: { ja: '内訳（年度内の月）', en: 'Breakdown by month of the fiscal year' },
};

/** Units as written next to a value (KpiUnit → Japanese). */
export const UNIT_LABELS: Record<string, string> = {
  COUNT: '件・人',
  PERCENT: '%',
  AVERAGE: '平均',
  HOURS: '時間',
  LEVEL: 'レベル',
};

/** Excel number formats per KpiUnit (PERCENT values are 0–100, so the % sign is literal). */
export const NUMBER_FORMATS: Record<string, string> = {
  COUNT: '#,##0',
  PERCENT: '0.0"%"',
  AVERAGE: '0.0',
  HOURS: '#,##0.0',
  LEVEL: '0.00',
};

/** The definitions sheet's name and columns; the summary sheet's name. */
export const DEFINITIONS_SHEET = '定義';
export const DEFINITIONS_HEADER = ['セクション', '項目キー', '項目', 'Item', '定義', 'Definition'];
export const SUMMARY_SHEET = '概要';

export const JST_OFFSET_MS = 9 * 3600 * 1000;

const SOURCE_LABELS: Record<string, string> = {
  SNAPSHOT: '集計済み（ワーカーによる事前集計）',
  LIVE: '都度集計',
};

/** A Japanese file name: "KPIレポート_2025年度_20261201-0905.xlsx" (the time in Japan). */
export function exportFileName(report: KpiReport, filter: ReportFilter, format: ReportExportFormat): string {
  const japan = new Date(report.generatedAt.getTime() + JST_OFFSET_MS).toISOString();
  const stamp = `${japan.slice(0, 10).replace(/-/g, '')}-${japan.slice(11, 16).replace(':', '')}`;
  return `KPIレポート_${filter.fiscalYear}年度_${stamp}.${format.toLowerCase()}`;
}

function japanTime(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function breakdownTitle(breakdown: KpiBreakdown): { ja: string; en: string } {
  return BREAKDOWN_TITLES[breakdown.dimension] ?? { ja: breakdown.dimension, en: breakdown.dimension };
}

function figureCells(row: KpiFigure): (string | number)[] {
  return [row.key, row.labelJa, row.value ?? '', UNIT_LABELS[row.unit] ?? row.unit, row.definitionJa];
}

/**
 * CSV for Excel in Japan: UTF-8 with BOM, CRLF. A heading block (年度, 期間, 集計時点), then one table per section
 * (a title row, the header row, one row per figure) and one per breakdown, separated by an empty row. Numbers are
 * unformatted; an unknown value is empty.
 */
export function reportCsv(report: KpiReport, filter: ReportFilter): Buffer {
  const rows: (string | number)[][] = [
    ['KPIレポート', 'KPI report'],
    ['年度', report.fiscalYear],
    ['期間', `${report.periodStart}〜${report.periodEnd}`],
    ['集計時点（日本時間）', japanTime(report.dataAsOf)],
    ['作成日時（日本時間）', japanTime(report.generatedAt)],
    ['集計方法', SOURCE_LABELS[report.source] ?? report.source],
    ['都道府県', filter.prefecture ?? ''],
    ['機関種別', filter.organizationKinds?.join(', ') ?? ''],
    ['プログラムID', report.programIds?.join(', ') ?? '（すべて）'],
  ];
  for (const section of report.sections) {
    rows.push([], [`■ ${section.titleJa}`, section.titleEn], SECTION_HEADER, ...section.rows.map(figureCells));
  }
  for (const breakdown of report.breakdowns) {
    const title = breakdownTitle(breakdown);
    rows.push(
      [],
      [`■ ${title.ja}`, title.en],
      BREAKDOWN_HEADER,
      ...breakdown.rows.map((row) => [row.key, row.labelJa, ...BREAKDOWN_FIELDS.map((field) => row[field] ?? '')]),
    );
  }
  return Buffer.from(stringify(rows, { bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ]; unique. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, '・').slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}(${n})`;
  used.add(name);
  return name;
}

/** A YYYY-MM-DD day as an Excel date (Excel has no time zones: the day as written). */
function dateOnly(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** An instant as Japan's wall clock (what Excel shows). */
function japanDate(instant: Date): Date {
  return new Date(instant.getTime() + JST_OFFSET_MS);
}

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
};

function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width }));
  const row = sheet.addRow(header);
  row.eachCell((cell) => Object.assign(cell, { style: HEADER_STYLE }));
  return sheet;
}

/**
 * XLSX: a summary sheet (period and data time as dates), one sheet per section (Japanese headers, values as numbers
 * with a number format per unit), one sheet per breakdown (months as dates), and the definitions (ja + en) on a
 * sheet of their own. Every table's header row is frozen.
 */
export async function reportXlsx(report: KpiReport, filter: ReportFilter): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = report.generatedAt;
  const used = new Set<string>([SUMMARY_SHEET, DEFINITIONS_SHEET]);
  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  summary.columns = [{ width: 24 }, { width: 60 }];
  const facts: [string, string | number | Date | null, string?][] = [
    ['作成日時（日本時間）', japanDate(report.generatedAt), 'yyyy/mm/dd hh:mm'],
    ['集計時点（日本時間）', japanDate(report.dataAsOf), 'yyyy/mm/dd hh:mm'],
    ['年度', report.fiscalYear],
    ['期間（開始）', dateOnly(report.periodStart), 'yyyy/mm/dd'],
    ['期間（終了）', dateOnly(report.periodEnd), 'yyyy/mm/dd'],
    ['集計方法', SOURCE_LABELS[report.source] ?? report.source],
    ['都道府県', filter.prefecture ?? null],
    ['機関種別', filter.organizationKinds?.join(', ') ?? null],
    ['プログラムID', report.programIds?.join(', ') ?? '（すべて）'],
  ];
  for (const [label, value, format] of facts) {
    const row = summary.addRow([label, value]);
    if (format) row.getCell(2).numFmt = format;
  }
  summary.getColumn(1).font = { bold: true };

  const definitions: string[][] = [];
  for (const section of report.sections) {
    const sheet = addTable(workbook, sheetName(section.titleJa, used), SECTION_HEADER, [34, 48, 14, 10, 90]);
    for (const figure of section.rows) {
      const row = sheet.addRow(figureCells(figure).map((cell) => (cell === '' ? null : cell)));
      row.getCell(3).numFmt = NUMBER_FORMATS[figure.unit] ?? 'General';
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      definitions.push([
        section.titleJa,
        figure.key,
        figure.labelJa,
        figure.labelEn,
        figure.definitionJa,
        figure.definitionEn,
      ]);
    }
  }
  for (const breakdown of report.breakdowns) {
    const sheet = addTable(
      workbook,
      sheetName(breakdownTitle(breakdown).ja, used),
      BREAKDOWN_HEADER,
      [16, 28, 14, 14, 16, 16, 12, 18],
    );
    const months = breakdown.dimension === KpiBreakdownDimension.FISCAL_MONTH;
    for (const source of breakdown.rows) {
      const row = sheet.addRow([
        months ? dateOnly(`${source.key}-01`) : source.key,
        source.labelJa,
        ...BREAKDOWN_FIELDS.map((field) => source[field]),
      ]);
      if (months) row.getCell(1).numFmt = 'yyyy/mm';
      BREAKDOWN_FIELDS.forEach((field, i) => {
        row.getCell(3 + i).numFmt = field === 'visitsPerTrainee' ? NUMBER_FORMATS.AVERAGE : NUMBER_FORMATS.COUNT;
      });
    }
  }
  const sheet = addTable(workbook, DEFINITIONS_SHEET, DEFINITIONS_HEADER, [28, 34, 40, 40, 80, 80]);
  for (const definition of definitions) {
    const row = sheet.addRow(definition);
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
