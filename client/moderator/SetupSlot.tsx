// SETUP SLOT: the setup editor (client/setup/SetupEditor.tsx, built separately) embedded as the
// console's "Setup" tab, loaded only when opened. The glob finds the file at build time; while it
// does not exist the tab is not offered at all.
//
// Props handed to the editor (its SetupEditorProps): { definition, onSave(definition) } where
// onSave sends `definition:update` and resolves { ok: true } or { ok: false, message }.
import { createMemo, lazy, Suspense, type Component } from 'solid-js';
import type { SessionDefinition } from '../../shared/definition.js';
import { errorMessage } from '../../shared/errors.js';
import { tc } from '../i18n/common.js';
import { lang } from '../i18n/i18n.js';
import { snapshot } from '../sync/solid.js';
import { useConsole } from './context.js';

interface EditorProps {
  definition: SessionDefinition;
  onSave: (d: SessionDefinition) => Promise<{ ok: true } | { ok: false; message: string }>;
}

const found = import.meta.glob<{ default: Component<EditorProps> }>('../setup/SetupEditor.tsx');
const loader = Object.values(found)[0];

export const hasSetupEditor = loader !== undefined;

const Editor = loader ? lazy(loader) : null;

export function SetupSlot() {
  const c = useConsole();
  if (!Editor) return null;
  // A new value each time the definition changes (the store updates it in place), as the editor
  // follows a changed definition.
  const definition = createMemo(() => snapshot(c.state().definition));
  return (
    <Suspense fallback={<p role="status">{tc('loading')}</p>}>
      <Editor
        definition={definition()}
        onSave={async (definition) => {
          const ack = await c.send({ type: 'definition:update', definition });
          return ack.ok ? { ok: true } : { ok: false, message: errorMessage(ack.error, lang()) };
        }}
      />
    </Suspense>
  );
}
