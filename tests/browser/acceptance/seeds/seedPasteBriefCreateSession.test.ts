// The moderator's first minutes with the English seed brief beside the repository: paste, review,
// create, links, the console; the scenario is tests/browser/home/pasteBrief.ts.
import { ENGLISH_SEED, seedText, seedsPresent } from '../../../acceptance/seeds/seeds.js';
import { describePasteBrief } from '../../home/pasteBrief.js';

describePasteBrief({
  name: 'English seed brief',
  brief: () => seedText(ENGLISH_SEED),
  title: 'Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories',
  speakers: ['Ben Amar Zeghadi', 'Malick Diop', 'Pascal Duforestel'],
  roundSizes: [5, 5],
  shots: 'seed-',
  skip: !seedsPresent,
});
