import { Match, Switch, createMemo } from 'solid-js';
import { idbStorage } from '../sync/idbStorage.js';
import type { SessionInfo } from './api.js';
import { normalizeCode } from './code.js';
import { JoinView } from './lazyViews.js';
import { path, navigate, rawCodeFromPath } from './route.js';
import { SessionView } from './SessionView.js';

const storage = idbStorage();
/** Session facts already fetched by the join form, so the session page does not ask again. */
const known = new Map<string, SessionInfo>();

export function App() {
  const raw = createMemo(() => rawCodeFromPath(path()));
  const code = createMemo(() => normalizeCode(raw()));
  const joined = (info: SessionInfo) => {
    known.set(info.code, info);
    navigate(`/j/${info.code}`);
  };
  return (
    <Switch>
      <Match when={code()} keyed>
        {(c) => <SessionView code={c} storage={storage} info={known.get(c)} onJoined={joined} />}
      </Match>
      <Match when={raw()}>
        <JoinView initialCode={raw()} initialError="session_not_found" onJoined={joined} />
      </Match>
      <Match when={true}>
        <JoinView onJoined={joined} />
      </Match>
    </Switch>
  );
}
