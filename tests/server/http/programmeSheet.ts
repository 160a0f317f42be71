// Programme sheets for the HTTP and browser tests: real .xlsx files written with exceljs.
import ExcelJS from 'exceljs';

export const SPANISH_HEADERS = [
  'Título',
  'Fecha',
  'Inicio',
  'Fin',
  'Sala o enlace',
  'Idioma',
  'Moderador',
  'Relator',
  'Ponentes',
  'Pregunta principal',
];

/** `count` Spanish rows, dates and times as real Excel date cells, a title block above the header. */
export async function spanishProgrammeXlsx(count: number, extraRows: (string | Date)[][] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Programa');
  sheet.addRow(['Programa del foro GSEF 2023']);
  sheet.addRow(SPANISH_HEADERS);
  for (let i = 1; i <= count; i++) {
    const hour = 9 + (i % 8);
    sheet.addRow([
      `Sesión ${i}: economía social y territorio`,
      new Date(Date.UTC(2023, 9, 16 + (i % 3))),
      new Date(Date.UTC(1899, 11, 30, hour, 0)),
      new Date(Date.UTC(1899, 11, 30, hour + 1, 30)),
      `Sala ${i}`,
      i % 2 ? 'español' : 'francés',
      `${['Lucía Hernández', 'Hugo Lefèvre', 'Grace Kim'][i % 3]} (Red ${i}, México)`,
      `${['Pablo Ruiz', 'Inès Roy', 'Daniel Osei'][i % 3]}`,
      `Ana Souza (Banco Popular, Brasil): Fondo ${i}\nJorge Ramírez (Techo Digno, México): Ahorro`,
      `¿Qué aprendimos en la sesión ${i}?`,
    ]);
  }
  for (const r of extraRows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}
