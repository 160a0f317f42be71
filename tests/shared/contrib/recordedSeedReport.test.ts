// The seed session (seeds/001) with what was said aloud recorded on people's behalf produces the
// sections of the real report: the main question's numbered answers, two of them recorded for
// panellists and one marked "Public", and the audience questions with their replies and two remarks.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import type { ReportSection } from '../../../shared/report/types.js';
import { recordedSeedSession } from '../../fixtures/contrib/recordedSeedSession.js';
import { SEED_AUDIENCE, SEED_MAIN_ANSWERS, SEED_NOW } from '../../fixtures/report/seedSession.js';

const section = <K extends ReportSection['kind']>(sections: ReportSection[], kind: K) =>
  sections.find((s): s is Extract<ReportSection, { kind: K }> => s.kind === kind)!;

describe('the seed session with recorded contributions', () => {
  const state = recordedSeedSession().state;
  const model = buildReport(state, SEED_NOW);

  it('numbers the main answers in order, the recorded ones with their authors', () => {
    const answers = section(model.sections, 'mainAnswers').answers;
    expect(answers.map((a) => [a.number, a.person.name, a.text])).toEqual(
      SEED_MAIN_ANSWERS.map((a, i) => [i + 1, a.name, a.text]),
    );
    expect(answers[1]!.person).toMatchObject({ organization: 'CRESS Mayotte', country: 'France', anonymous: false });
    expect(answers[2]!.person).toMatchObject({ organization: 'iesMed', anonymous: false });
    expect(answers.map((a) => a.person.mark ?? null)).toEqual([null, null, null, 'Public']);
    // Who recorded them and from where stays in the state for the CSV and the archive.
    expect(state.answers['rec-ben']!.by).toMatchObject({ channel: 'room', recordedBy: 'rapporteur' });
    expect(state.answers['rec-rod']!.by).toMatchObject({ channel: 'room', recordedBy: 'moderator' });
    expect(state.answers['rec-honore']!.by).toMatchObject({ channel: 'chat', public: true });
  });

  it('lists the audience questions with their replies, then the remarks as remarks', () => {
    const qs = section(model.sections, 'audienceQuestions').questions;
    expect(qs.map((q) => [q.text, q.remark ?? false])).toEqual([
      [SEED_AUDIENCE[0].text, false],
      [SEED_AUDIENCE[1].text, false],
      [SEED_AUDIENCE[2].text, true],
      [SEED_AUDIENCE[3].text, true],
    ]);
    expect(qs[0]!.replies).toEqual(SEED_AUDIENCE[0].replies.map((r) => ({ by: r.by, gist: r.gist })));
    expect(qs[1]!.replies).toHaveLength(1);
  });

  it('prints it as the forum writes it: "Public :", "Remarque :", never a remark as "Question :"', () => {
    const md = renderMarkdown(model);
    expect(md).toContain('**Public**\u00A0: Honoré Quantchi');
    expect(md).toContain('**Nom complet**\u00A0: Ben Zeghadi');
    const remarkLines = md.split('\n').filter((l) => l.includes('ESS au Togo') || l.includes("Côte d'Ivoire"));
    expect(remarkLines).toHaveLength(2);
    for (const l of remarkLines) {
      expect(l).toContain('**Remarque**\u00A0:');
      expect(l).not.toContain('**Question**');
    }
    // Made by a member of the public, not "asked", and put to nobody.
    const metaLines = md.split('\n').filter((l) => l.includes('Par\u00A0: Public'));
    expect(metaLines).toHaveLength(2);
    for (const l of metaLines) expect(l).not.toContain('Adressée');
    expect(md.match(/\*\*Question\*\*/g)).toHaveLength(2);
  });
});
