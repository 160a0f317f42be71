// The CSV export cannot run a formula in a spreadsheet: cells starting with = + - @ (or a tab or
// CR) get a leading apostrophe, and quoting follows RFC 4180 so no cell spills into another.
import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../../shared/report/csv.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import { IMG, MD_BLOCKS, SCRIPT, injectionSession } from '../../fixtures/report/injectionSession.js';

describe('CSV injection', () => {
  const rows = parseCsv(renderCsv(injectionSession().state).replace(/^\uFEFF/, ''));
  const answers = rows.slice(1).map((r) => r[5]);

  it('neutralises formulas with a leading apostrophe', () => {
    expect(answers).toEqual(
      expect.arrayContaining([`'=HYPERLINK("http://evil")`, "'+1+1", "'@SUM(A1)", "'-2", "'=1+1"]),
    );
    // The participant's name, organization and country too.
    expect(rows.find((r) => r[5] === "'+1+1")?.slice(2, 5)).toEqual([`'=cmd|" /C calc"!A0`, "'+org", "'@country"]);
  });

  it('keeps markup and multi-line text as plain, intact cells', () => {
    expect(answers).toEqual(expect.arrayContaining([SCRIPT, IMG, MD_BLOCKS]));
    expect(rows.every((r) => r.length === 15)).toBe(true);
  });

  it('neutralises a tab or carriage return at the start of a cell', () => {
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\n=1+1"`);
  });
});
