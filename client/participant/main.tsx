// The participant's phone page: /join to type a code, /j/CODE for the session.
import { render } from 'solid-js/web';
import '../styles/base.css';
import './participant.css';
import { App } from './App.js';

render(() => <App />, document.getElementById('app')!);

// Once the page is up: the service worker that lets it open again without a network (client/sw.ts).
// Its scope '/j' covers /j/CODE and /join only, so the staff's pages never wake it.
if ('serviceWorker' in navigator)
  addEventListener(
    'load',
    () => void navigator.serviceWorker.register('/sw.js', { scope: '/j' }).catch(() => undefined),
  );
