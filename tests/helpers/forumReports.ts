// A forum with sessions for the forum-report tests, made through the organizer API and run over
// real sockets: created out of programme order, two with the same title at the same time, a logo,
// and one session where participants in Hangul and Arabic answer and a speaker takes the floor.
import { MAIN_QUESTION_ID } from '../../shared/definition.js';
import { makePng } from '../fixtures/report/photo.js';
import { closeAllClients, connectClient } from './clients.js';
import { FORUM, OrganizerClient } from './organizer.js';
import { keyOf, type TestServer } from './server.js';
import { waitFor } from './waitFor.js';

export const LOGO_PNG = makePng(300, 100);
export const LOGO_URL = `data:image/png;base64,${LOGO_PNG.toString('base64')}`;

/** Added in this order; programme order is by date and time: OPENING, then ATELIER twice, then CLOSING. */
export const FORUM_SESSIONS = [
  { title: 'Clôture : et maintenant ?', date: '2026-10-03', startTime: '16:00' },
  { title: 'Atelier : financer l’ESS', date: '2026-10-02', startTime: '14:00' },
  { title: 'Ouverture du forum', date: '2026-10-01', startTime: '09:30' },
  { title: 'Atelier : financer l’ESS', date: '2026-10-02', startTime: '14:00' },
] as const;
export const PROGRAMME_ORDER = [2, 1, 3, 0] as const;
/**
 * The sessions' codes in programme order. The two workshops share a date, a time and a title, so
 * their codes (random) decide between them, as shared/forumProgramme.ts says.
 */
export function codesInProgrammeOrder(codes: readonly string[]): string[] {
  const [a, b] = [codes[1]!, codes[3]!].sort();
  return [codes[2]!, a!, b!, codes[0]!];
}
/** The names in the file names of the zip, in programme order. */
export const BASE_NAMES = [
  '2026-10-01 09h30 – Ouverture du forum',
  '2026-10-02 14h00 – Atelier financer l’ESS',
  '2026-10-02 14h00 – Atelier financer l’ESS (2)',
  '2026-10-03 16h00 – Clôture et maintenant',
];

export const VOICES = [
  {
    name: '김민수',
    organization: '서울시 사회적경제센터',
    country: '대한민국',
    answer: '지역 기금을 만들어야 합니다.',
  },
  { name: 'نور الهدى', organization: 'جمعية التضامن', country: 'المغرب', answer: 'التمويل التعاوني هو المفتاح' },
] as const;

export interface FilledForum {
  organizer: OrganizerClient;
  forumId: string;
  /** Session codes in the order added (FORUM_SESSIONS). */
  codes: string[];
}

/** The first organizer, a forum with a logo, its four sessions; the opening one is run. */
export async function fillForum(server: TestServer): Promise<FilledForum> {
  const organizer = new OrganizerClient(server.url);
  await organizer.setup('ana@example.org', 'correct horse');
  const forumId = (await organizer.req('POST', '/api/organizer/forums', { ...FORUM, logo: LOGO_URL })).json
    .id as string;
  const codes: string[] = [];
  const moderatorKeys: string[] = [];
  for (const s of FORUM_SESSIONS) {
    const made = await organizer.req('POST', `/api/organizer/forums/${forumId}/sessions`, {
      ...s,
      mainQuestion: 'Comment financer l’économie sociale ?',
      speakers: [{ id: 'sp1', name: 'Ana Pérez', organization: 'Red ESS', country: 'México', minutes: 10 }],
    });
    if (made.status !== 201) throw new Error(`session not created: ${JSON.stringify(made.json)}`);
    codes.push(made.json.code as string);
    moderatorKeys.push(keyOf((made.json.links as { moderator: string }).moderator));
  }
  const opening = codes[2]!;
  const mod = await connectClient(server.url, opening, 'moderator', { key: moderatorKeys[2]! });
  const ok = async (p: Promise<{ ok: boolean; error?: string }>) => {
    const r = await p;
    if (!r.ok) throw new Error(`refused: ${r.error}`);
  };
  await ok(mod.send({ type: 'turn:start', speakerId: 'sp1' }));
  await ok(mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } }));
  for (const [i, v] of VOICES.entries()) {
    const phone = await connectClient(server.url, opening, 'participant', { language: 'fr' });
    await ok(
      phone.send({
        type: 'profile:set',
        name: v.name,
        organization: v.organization,
        country: v.country,
        language: 'fr',
        anonymous: false,
      }),
    );
    await ok(phone.send({ type: 'answer:submit', answerId: `a${i}`, questionId: MAIN_QUESTION_ID, text: v.answer }));
  }
  await waitFor(() => Object.keys(mod.state?.answers ?? {}).length === VOICES.length, { what: 'answers committed' });
  closeAllClients();
  return { organizer, forumId, codes };
}

/** A GET with the organizer's cookies, the body as bytes. */
export async function getBytes(
  o: OrganizerClient,
  path: string,
): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const cookie = [...o.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const r = await fetch(`${o.base}${path}`, { headers: { cookie, 'accept-language': o.lang } });
  return { status: r.status, body: Buffer.from(await r.arrayBuffer()), headers: r.headers };
}
