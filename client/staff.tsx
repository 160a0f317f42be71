// The staff app: home (create or import a session), and the moderator, rapporteur, projector and
// speaker views and the streaming overlay, each loaded only when its route is opened.
import { lazy } from 'solid-js';
import { render } from 'solid-js/web';
import { isScreenRole } from '../shared/roles.js';
import './styles/base.css';

const route = location.pathname.split('/')[1] ?? '';
const views = {
  moderator: lazy(() => import('./moderator/ModeratorView.js')),
  rapporteur: lazy(() => import('./rapporteur/RapporteurView.js')),
  projector: lazy(() => import('./projector/ProjectorView.js')),
  speaker: lazy(() => import('./speaker/SpeakerView.js')),
  stream: lazy(() => import('./stream/StreamView.js')),
  home: lazy(() => import('./home/HomeView.js')),
  organizer: lazy(() => import('./organizer/OrganizerView.js')),
};
const View =
  isScreenRole(route) || route === 'stream' ? views[route] : route === 'organizer' ? views.organizer : views.home;

render(() => <View />, document.getElementById('app')!);
