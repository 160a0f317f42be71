import { Match, Switch, createMemo } from 'solid-js';
import { idbStorage } from '../sync/idbStorage.js';
import type { SessionInfo } from './api.js';
import { bootInfo } from './boot.js';
import { normalizeCode } from '../../shared/sessionCode.js';
import { JoinView } from './JoinView.js';
import { path, navigate, rawCodeFromPath } from './route.js';
import { SessionView } from './SessionView.js';

const storage = idbStorage();
/** Session facts already known (embedded in the page, or fetched by the join form), so the session page does not ask again. */
const known = new Map<string, SessionInfo>();
const boot = bootInfo();
if (boot) known.set(boot.code, boot);

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
