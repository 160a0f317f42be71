// Report readiness on the board: notes per speaker, conclusion, photos, and the report downloaded
// (a staff download is an event of the log: it replays to the same readiness).
import { describe, expect, it } from 'vitest';
import { boardReadiness } from '../../../shared/board.js';
import { replay } from '../../../shared/reducer.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('board: report readiness', () => {
  it('counts speakers with notes, the conclusion, the photos and the latest download', () => {
    const h = new Harness();
    expect(boardReadiness(h.state)).toEqual({
      speakers: 2,
      speakersWithNotes: 0,
      conclusion: false,
      photos: 0,
      downloadedAt: null,
    });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: '- Local funds work', baseRev: 0 });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's2', text: '   ', baseRev: 0 });
    h.ok(MODERATOR, { type: 'conclusion:set', text: 'We agreed on three steps.' });
    h.ok(RAPPORTEUR, { type: 'photo:add', photo: { id: 'ph1', mime: 'image/png', bytes: 10 } });
    h.advance(1000).ok(RAPPORTEUR, { type: 'report:download', format: 'docx' });
    const at = h.now;
    expect(boardReadiness(h.state)).toEqual({
      speakers: 2,
      speakersWithNotes: 1,
      conclusion: true,
      photos: 1,
      downloadedAt: at,
    });
    expect(h.state.reportDownloaded).toEqual({ at, format: 'docx', by: 'rapporteur' });
    expect(boardReadiness(replay(h.log))).toEqual(boardReadiness(h.state));
  });
});
