// Builds Word briefs with the `docx` package for the brief-import tests: the English seed brief's
// structure (bold labels, headings, numbered guiding questions, a speaker table).
import JSZip from 'jszip';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const label = (l: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: l, bold: true }), new TextRun(` ${value}`)] });
const numbered = (text: string, instance: number) =>
  new Paragraph({ text, numbering: { reference: 'questions', level: 0, instance } });
const cell = (...paragraphs: Paragraph[]) =>
  new TableCell({ children: paragraphs, width: { size: 25, type: WidthType.PERCENTAGE } });
const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

export const SEED_SPEAKERS = [
  {
    name: 'Ben Amar Zeghadi',
    organization: 'CRESS Mayotte',
    country: 'France',
    talkTitle: 'Hub of SSE : Local Impact for A Global Initiative',
  },
  {
    name: 'Malick Diop',
    organization: 'RACTES',
    country: 'Senegal',
    talkTitle: 'Structured Dialogue in Co-construction of SSE Public Policies in the Country',
  },
  {
    name: 'Pascal Duforestel',
    organization: 'Nouvelle Aquitaine',
    country: 'France',
    talkTitle: 'Agreement of Quadripartite Cooperation',
  },
];

export const ROUND_1 = [
  'How have the partnerships that exist in the SSE worked to date? Should they change?',
  'What is the tangible and real benefit of research and intercooperation networks in the social sector of the economy?',
  'What is the role of governments in fostering international inter-cooperation between different actors and sectors?',
];
export const ROUND_2 = [
  'Who are the key organizations that should promote the creation and development of alliances for the achievement of SSE objectives?',
  'How can the development of local and international alliances lead to a better recovery from crises such as the one caused by COVID-19?',
];

export async function seedLikeDocx(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'questions',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          p('MEXICO CITY 2021'),
          p('GLOBAL SOCIAL ECONOMY FORUM'),
          new Paragraph({ text: 'WORKSHOP SESSION INFO', heading: HeadingLevel.HEADING_2 }),
          label(
            'Session title:',
            'Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories',
          ),
          label('Date / Duration:', 'October 8th, 2021 / 20:00-21:30'),
          label('Session format / Language :', 'Workshop Sessions / French'),
          new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_3 }),
          p('One of the fundamental principles of the Social and Solidarity Economy is intercooperation.'),
          new Paragraph({ text: 'Main question', heading: HeadingLevel.HEADING_3 }),
          p(
            'How can the different sectors and actors of the SSE co-create, from the local level, solutions to global challenges?',
          ),
          new Paragraph({ text: 'Guiding Questions', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({ text: 'Round 1', heading: HeadingLevel.HEADING_4 }),
          ...ROUND_1.map((q) => numbered(q, 1)),
          new Paragraph({ text: 'Round 2', heading: HeadingLevel.HEADING_4 }),
          ...ROUND_2.map((q) => numbered(q, 2)),
          new Paragraph({ text: 'Moderator and Speakers', heading: HeadingLevel.HEADING_3 }),
          label('Moderator:', 'Kevin / OJEDD'),
          label('Speakers :', ''),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell(p('')),
                  cell(p('Organization (Country)', true)),
                  cell(p('Name', true)),
                  cell(p('Presentation Description', true)),
                ],
              }),
              ...SEED_SPEAKERS.map(
                (s, i) =>
                  new TableRow({
                    children: [
                      cell(p(`Speaker ${i + 1}`, true)),
                      cell(p(`${s.organization} (${s.country})`)),
                      cell(p(s.name)),
                      cell(
                        p(s.talkTitle, true),
                        p('La CRESS recherche à créer des communautés de l’ESS pour développer l’impact local.'),
                      ),
                    ],
                  }),
              ),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A real Word file whose document.xml is padded to `bytes` bytes of (valid) XML. */
export async function bombDocx(bytes: number): Promise<Buffer> {
  const base = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Brief')] }] }));
  const zip = await JSZip.loadAsync(base);
  const xml = await zip.file('word/document.xml')!.async('string');
  const para = '<w:p><w:r><w:t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</w:t></w:r></w:p>';
  const padding = para.repeat(Math.ceil(bytes / para.length));
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${padding}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
