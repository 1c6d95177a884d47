import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { ReportExportFormat } from '../exports.enums';
import type { Report, ReportFilter } from '../report-source';

export const CONTENT_TYPE: Record<ReportExportFormat, string> = {
  [ReportExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ReportExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The CSV's columns, in order (Japanese headers). */
export const CSV_HEADER = ['セクション', '項目キー', '項目', '値', '単位', '定義'];

/** The value sheets' columns. */
export const SECTION_HEADER = ['項目キー', '項目', '値', '単位'];

/** The definitions sheet's name and columns. */
export const DEFINITIONS_SHEET = '定義';
export const DEFINITIONS_HEADER = ['セクション', '項目', '定義', 'Definition'];
export const SUMMARY_SHEET = '概要';

export const JST_OFFSET_MS = 9 * 3600 * 1000;

/** A Japanese file name: "KPIレポート_2025年度_20261201-0905.xlsx" (the time in Japan). */
export function exportFileName(report: Report, filter: ReportFilter, format: ReportExportFormat): string {
  const japan = new Date(report.generatedAt.getTime() + JST_OFFSET_MS).toISOString();
  const stamp = `${japan.slice(0, 10).replace(/-/g, '')}-${japan.slice(11, 16).replace(':', '')}`;
  const year = filter.fiscalYear ? `_${filter.fiscalYear}年度` : '';
  return `KPIレポート${year}_${stamp}.${format.toLowerCase()}`;
}

/** CSV for Excel in Japan: UTF-8 with BOM, CRLF, one row per figure (numbers unformatted, empty when unknown). */
export function reportCsv(report: Report): Buffer {
  const rows = report.sections.flatMap((section) =>
    section.rows.map((row) => [section.titleJa, row.key, row.labelJa, row.value ?? '', row.unit, row.definitionJa]),
  );
  return Buffer.from(stringify([CSV_HEADER, ...rows], { bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ]; unique. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, '・').slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}(${n})`;
  used.add(name);
  return name;
}

function dateOnly(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/**
 * XLSX: a summary sheet (when, for which filter; dates as dates), one sheet per section (Japanese headers, values as
 * numbers), and the definitions on a sheet of their own.
 */
export async function reportXlsx(report: Report, filter: ReportFilter): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = report.generatedAt;
  const used = new Set<string>([SUMMARY_SHEET, DEFINITIONS_SHEET]);
  const summary = workbook.addWorksheet(SUMMARY_SHEET);
  summary.columns = [{ width: 24 }, { width: 60 }];
  const facts: [string, string | number | Date | null][] = [
    // Excel has no time zones: the time is written as Japan's wall clock.
    ['作成日時（日本時間）', new Date(report.generatedAt.getTime() + JST_OFFSET_MS)],
    ['年度', filter.fiscalYear ?? null],
    ['期間（開始）', dateOnly(filter.from)],
    ['期間（終了）', dateOnly(filter.to)],
    ['都道府県', filter.prefecture ?? null],
    ['組織種別', filter.organizationKinds?.join(', ') ?? null],
    ['プログラムID', filter.programIds?.join(', ') ?? null],
  ];
  for (const [label, value] of facts) {
    const row = summary.addRow([label, value]);
    if (value instanceof Date) row.getCell(2).numFmt = label.startsWith('作成日時') ? 'yyyy/mm/dd hh:mm' : 'yyyy/mm/dd';
  }
  summary.getColumn(1).font = { bold: true };
  const definitions: (string | null)[][] = [];
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.titleJa, used));
    sheet.columns = [{ width: 28 }, { width: 40 }, { width: 14 }, { width: 10 }];
    sheet.addRow(SECTION_HEADER).font = { bold: true };
    for (const row of section.rows) {
      sheet.addRow([row.key, row.labelJa, row.value, row.unit]);
      definitions.push([section.titleJa, row.labelJa, row.definitionJa, row.definitionEn]);
    }
    sheet.getColumn(3).numFmt = '#,##0.0##';
  }
  const sheet = workbook.addWorksheet(DEFINITIONS_SHEET);
  sheet.columns = [{ width: 24 }, { width: 32 }, { width: 80 }, { width: 80 }];
  sheet.addRow(DEFINITIONS_HEADER).font = { bold: true };
  for (const row of definitions) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
