// Parts of the page loaded only when needed, so the first load stays small on a slow phone: typing
// a code by hand (a QR code or a link fills it in), the profile form (a newcomer fetches it while
// the session info is fetched; a returning device never needs it), the questions to the speakers
// (below the fold, loaded right after) and the menu's content.
import { lazy } from 'solid-js';

export const JoinView = lazy(() => import('./JoinView.js').then((m) => ({ default: m.JoinView })));
export const AudienceSection = lazy(() => import('./AudienceSection.js').then((m) => ({ default: m.AudienceSection })));
export const MenuPanel = lazy(() => import('./MenuPanel.js').then((m) => ({ default: m.MenuPanel })));
export const ProfileForm = lazy(() => import('./ProfileForm.js').then((m) => ({ default: m.ProfileForm })));
