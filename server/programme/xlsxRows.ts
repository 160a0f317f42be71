// The first worksheet of an .xlsx programme as rows of text, for shared/programme/parse.ts. The
// archive's sizes are checked (declared, then actual) before exceljs unpacks it: a small file can
// unpack to gigabytes. Server only; exceljs never reaches a browser bundle.
import ExcelJS from 'exceljs';
import { checkActualSizes, checkDeclaredSizes, type DocxLimits } from '../brief/zipCheck.js';

/** A programme of 200 rows unpacks to well under 1 MB; these bounds leave room for styles and logos. */
export const XLSX_LIMITS: DocxLimits = {
  maxEntries: 1_000,
  maxUnpackedBytes: 32 * 1024 * 1024,
  maxXmlBytes: 16 * 1024 * 1024,
};
const MAX_COLUMNS = 40;

export type XlsxRows = { ok: true; rows: string[][] } | { ok: false; reason: 'invalid' | 'too_large' };

/** What kind of Office file a ZIP is, from its entries' names; 'too_large' past the bounds. */
export function officeKind(buffer: Buffer): 'xlsx' | 'docx' | 'too_large' | null {
  const declared = checkDeclaredSizes(buffer, XLSX_LIMITS);
  if (!declared.ok) return declared.reason === 'too_large' ? 'too_large' : null;
  const names = new Set(declared.entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  return null;
}

export async function xlsxRows(buffer: Buffer): Promise<XlsxRows> {
  const declared = checkDeclaredSizes(buffer, XLSX_LIMITS);
  if (!declared.ok) return { ok: false, reason: declared.reason };
  const actual = checkActualSizes(buffer, declared.entries);
  if (!actual.ok) return { ok: false, reason: actual.reason };
  const book = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const sheet = book.worksheets.find((w) => w.state !== 'hidden') ?? book.worksheets[0];
  if (!sheet) return { ok: true, rows: [] };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(MAX_COLUMNS, row.cellCount); c++) cells.push(cellText(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return { ok: true, rows: Array.from(rows, (r) => r ?? []) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel keeps dates and times as numbers that exceljs hands back as UTC dates of the wall clock. */
function dateText(d: Date): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  // A time-only cell is a fraction of day 0 (30 December 1899).
  if (d.getUTCFullYear() < 1901) return time;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}
