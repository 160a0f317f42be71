// The moderator's first minutes with the project's English brief (tests/fixtures/briefs): paste it
// on the home page, review, create the session, get its links; the scenario is ./pasteBrief.ts.
// The brief has the extraction damage of real ones: a tab-separated speaker table with HTML cells
// and continuation rows, page headers and page numbers inside the lists.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describePasteBrief } from './pasteBrief.js';

const BRIEF = resolve(__dirname, '../../fixtures/briefs/en-workshop.txt');

describePasteBrief({
  name: 'English brief fixture',
  brief: () => readFileSync(BRIEF, 'utf8'),
  title: 'Neighbourhood Power: Cooperative Models for a Fair Energy Transition',
  speakers: ['Ingrid Solberg', 'Tomás Ferreira', 'Amara Okafor'],
  roundSizes: [5, 5],
  shots: '',
});
