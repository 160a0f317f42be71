// Bad programme files get a clear error in the reader's language and create nothing: an empty
// sheet, a sheet without a title column, a 10 MB file, a small .xlsx that unpacks to gigabytes.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { spanishProgrammeXlsx } from './programmeSheet.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const preview = (body: BodyInit, type: string, lang: string) =>
  fetch(`${server.url}/api/programme/preview`, {
    method: 'POST',
    body,
    headers: { 'content-type': type, 'accept-language': lang },
  });

async function refusal(r: Response): Promise<{ status: number; message: string }> {
  const body = (await r.json()) as { message: string };
  return { status: r.status, message: body.message };
}

describe('bad programme files', () => {
  it('refuses an empty sheet and a sheet without a title column, in the reader’s language', async () => {
    expect(await refusal(await preview(';;\n;;\n', 'text/csv', 'es'))).toEqual({
      status: 400,
      message: 'La hoja está vacía.',
    });
    const wrong = await refusal(await preview('Nom,Quand\nA,B\n', 'text/csv', 'fr'));
    expect(wrong.status).toBe(400);
    expect(wrong.message).toMatch(/^Aucune colonne « Titre » trouvée/);
  });

  it('refuses a 10 MB file', async () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(65);
    const r = await refusal(await preview(big, 'text/csv', 'en'));
    expect(r.status).toBe(413);
    expect(r.message).toBeTruthy();
  });

  it('refuses a small .xlsx that unpacks to far more than a programme', async () => {
    const zip = await JSZip.loadAsync(await spanishProgrammeXlsx(1));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const padding = `<!--${'x'.repeat(40 * 1024 * 1024)}-->`;
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('<sheetData>', `${padding}<sheetData>`));
    const bomb = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await refusal(await preview(new Uint8Array(bomb), XLSX, 'fr'));
    expect(r.status).toBe(413);
    expect(r.message).toMatch(/^Ce fichier se décompresse/);
  });

  it('refuses a ZIP that is no Office file and binary garbage', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'hello');
    const other = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await refusal(await preview(new Uint8Array(other), XLSX, 'en'))).message).toMatch(/not a readable sheet/);
    const garbage = new Uint8Array([0, 1, 2, 3, 255, 0]);
    expect((await refusal(await preview(garbage, 'application/octet-stream', 'es'))).status).toBe(400);
    expect(await server.store.listSessionCodes()).toEqual([]);
  });
});
