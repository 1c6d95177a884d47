import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import {
  BREAKDOWN_FIELDS,
  BREAKDOWN_HEADER,
  BREAKDOWN_TITLES,
  DEFINITIONS_HEADER,
  DEFINITIONS_SHEET,
  NUMBER_FORMATS,
  SECTION_HEADER,
  SUMMARY_SHEET,
} from '@banso/exports';

/** The kpiReport query's selection, everything an export writes. */
export const KPI_REPORT = `query ($filter: KpiFilterInput!) {
  kpiReport(filter: $filter) {
    generatedAt dataAsOf source fiscalYear periodStart periodEnd programIds
    sections { key titleJa titleEn rows { key labelJa labelEn definitionJa definitionEn value unit } }
    breakdowns { dimension rows { key labelJa labelEn participatingOrganizations companiesWithJobOpening
      matchedCompanies traineesWithOjt heldVisits visitsPerTrainee } }
  }
}`;

type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];

export interface QueriedReport {
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
  sections: {
    key: string;
    titleJa: string;
    rows: {
      key: string;
      labelJa: string;
      labelEn: string;
      definitionJa: string;
      definitionEn: string;
      value: number | null;
      unit: string;
    }[];
  }[];
  breakdowns: { dimension: string; rows: ({ key: string } & Record<BreakdownField, number | null>)[] }[];
}

/** Every figure of a report: per section title, figure key → value; per breakdown title, row key → its figures. */
export interface ReportFigures {
  sections: Record<string, Record<string, number | null>>;
  breakdowns: Record<string, Record<string, (number | null)[]>>;
}

export function figuresOfQuery(report: QueriedReport): ReportFigures {
  return {
    sections: Object.fromEntries(
      report.sections.map((section) => [
        section.titleJa,
        Object.fromEntries(section.rows.map((row) => [row.key, row.value])),
      ]),
    ),
    breakdowns: Object.fromEntries(
      report.breakdowns.map((breakdown) => [
        BREAKDOWN_TITLES[breakdown.dimension].ja,
        Object.fromEntries(breakdown.rows.map((row) => [String(row.key), BREAKDOWN_FIELDS.map((field) => row[field])])),
      ]),
    ),
  };
}

function numberOrNull(cell: string): number | null {
  return cell === '' ? null : Number(cell);
}

/** Reads the CSV back: its tables, each a "■ title" row, a header row and rows up to an empty line. */
export function figuresOfCsv(bytes: Buffer): ReportFigures {
  const records: string[][] = parse(bytes.toString('utf8'), { bom: true, relax_column_count: true });
  const figures: ReportFigures = { sections: {}, breakdowns: {} };
  let table: Record<string, number | null> | Record<string, (number | null)[]> | null = null;
  let kind: 'section' | 'breakdown' | null = null;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (record.every((cell) => cell === '')) {
      table = null;
      continue;
    }
    if (record[0].startsWith('■ ')) {
      const title = record[0].slice(2);
      const header = records[++i];
      if (JSON.stringify(header) === JSON.stringify(SECTION_HEADER)) {
        kind = 'section';
        table = figures.sections[title] = {};
      } else if (JSON.stringify(header) === JSON.stringify(BREAKDOWN_HEADER)) {
        kind = 'breakdown';
        table = figures.breakdowns[title] = {};
      } else {
        throw new Error(`unexpected header under ${title}: ${JSON.stringify(header)}`);
      }
      continue;
    }
    if (!table) continue;
    if (kind === 'section') (table as Record<string, number | null>)[record[0]] = numberOrNull(record[2]);
    else (table as Record<string, (number | null)[]>)[record[0]] = record.slice(2).map(numberOrNull);
  }
  return figures;
}

/** A text cell's text (anything else as JSON, so a wrong type shows in the comparison). */
function text(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value : JSON.stringify(cell.value);
}

function headerOf(sheet: ExcelJS.Worksheet): unknown[] {
  return (sheet.getRow(1).values as unknown[]).slice(1);
}

/** A number cell, or null when empty; anything else (text) fails: numbers must be numbers. */
function numberCell(cell: ExcelJS.Cell): number | null {
  if (cell.value === null || cell.value === undefined) return null;
  if (typeof cell.value !== 'number') throw new Error(`${cell.address} is not a number: ${JSON.stringify(cell.value)}`);
  return cell.value;
}

export interface XlsxChecks {
  figures: ReportFigures;
  /** Sheet names in order. */
  sheets: string[];
  /** Sheets whose first row is not frozen. */
  unfrozen: string[];
  /** Definitions sheet: figure key → [ja, en]. */
  definitions: Record<string, [string, string]>;
  /** Number format of each section value cell, by unit found in the query's report. */
  formats: Record<string, string>;
  /** Summary sheet: period start and end as read. */
  period: [unknown, unknown];
}

/** Reads the XLSX back: every section and breakdown sheet, the definitions and the summary. */
export async function readXlsx(bytes: Buffer, report: QueriedReport): Promise<XlsxChecks> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const units = new Map(report.sections.flatMap((s) => s.rows.map((row) => [row.key, row.unit] as const)));
  const checks: XlsxChecks = {
    figures: { sections: {}, breakdowns: {} },
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    unfrozen: [],
    definitions: {},
    formats: {},
    period: [null, null],
  };
  for (const sheet of workbook.worksheets) {
    if (sheet.name === SUMMARY_SHEET) {
      checks.period = [sheet.getCell('B4').value, sheet.getCell('B5').value];
      continue;
    }
    if (sheet.views[0]?.state !== 'frozen' || sheet.views[0].ySplit !== 1) checks.unfrozen.push(sheet.name);
    const header = JSON.stringify(headerOf(sheet));
    if (header === JSON.stringify(SECTION_HEADER)) checks.figures.sections[sheet.name] = {};
    if (header === JSON.stringify(BREAKDOWN_HEADER)) checks.figures.breakdowns[sheet.name] = {};
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      if (sheet.name === DEFINITIONS_SHEET) {
        checks.definitions[text(row.getCell(2))] = [text(row.getCell(5)), text(row.getCell(6))];
      } else if (header === JSON.stringify(SECTION_HEADER)) {
        const key = text(row.getCell(1));
        checks.figures.sections[sheet.name][key] = numberCell(row.getCell(3));
        const unit = units.get(key);
        if (unit && !(unit in checks.formats)) checks.formats[unit] = row.getCell(3).numFmt;
        else if (unit && checks.formats[unit] !== row.getCell(3).numFmt) checks.formats[unit] = 'mixed';
      } else if (header === JSON.stringify(BREAKDOWN_HEADER)) {
        const first = row.getCell(1).value;
        const key = first instanceof Date ? first.toISOString().slice(0, 7) : text(row.getCell(1));
        checks.figures.breakdowns[sheet.name][key] = BREAKDOWN_FIELDS.map((_, i) => numberCell(row.getCell(3 + i)));
      } else {
        throw new Error(`unexpected sheet ${sheet.name}: ${header}`);
      }
    });
  }
  const definitionsHeader = headerOf(workbook.getWorksheet(DEFINITIONS_SHEET)!);
  if (JSON.stringify(definitionsHeader) !== JSON.stringify(DEFINITIONS_HEADER)) {
    throw new Error(`unexpected definitions header ${JSON.stringify(definitionsHeader)}`);
  }
  return checks;
}

export { NUMBER_FORMATS };
