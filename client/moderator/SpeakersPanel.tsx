// Speaker order and turns: reorder by drag and drop or by keyboard (move buttons, Alt+↑/↓);
// start, pause, resume and end a turn; the time actually spoken per speaker (pauses excluded).
import { createSignal, For, Show } from 'solid-js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';
import { moveBy, moveTo } from './reorder.js';
import { SpeakerRow } from './SpeakerRow.js';

export function SpeakersPanel() {
  const c = useConsole();
  const order = () => c.state().speakerOrder.filter((id) => c.state().definition.speakers.some((s) => s.id === id));
  const [dragging, setDragging] = createSignal<string | null>(null);
  const [dropAt, setDropAt] = createSignal<number | null>(null);
  const nameOf = (id: string) => c.state().definition.speakers.find((s) => s.id === id)?.name ?? id;

  const send = async (next: string[] | null, id: string, focus?: 'up' | 'down') => {
    if (!next) return;
    const ack = await c.send({ type: 'speakers:reorder', order: next });
    if (!ack.ok) return;
    c.announce(tm('movedTo', { name: nameOf(id), position: next.indexOf(id) + 1, total: next.length }));
    if (focus) {
      // The row moved in the page (and lost the focus): put it back on the same control, or its
      // twin at either end. The page already shows the new order once the send has resolved.
      const el = document.querySelector<HTMLButtonElement>(`[data-move="${focus}:${id}"]`);
      const other = document.querySelector<HTMLButtonElement>(`[data-move="${focus === 'up' ? 'down' : 'up'}:${id}"]`);
      (el && !el.disabled ? el : other)?.focus();
    }
  };
  // One move after another, each from the order the previous one left (Alt+↓ twice: two places).
  let queue: Promise<unknown> = Promise.resolve();
  const move = (id: string, delta: number) => {
    queue = queue.then(() => send(moveBy(order(), id, delta), id, delta < 0 ? 'up' : 'down')).catch(() => undefined);
  };

  return (
    <div class="speakers-panel">
      <h2 id="speakers-heading">{tm('speakers')}</h2>
      <Show when={order().length > 0} fallback={<p class="hint">{tm('noSpeakers')}</p>}>
        <p class="hint" id="reorder-hint">
          {tm('reorderHint')}
        </p>
        <ol
          class="speakers"
          aria-labelledby="speakers-heading"
          aria-describedby="reorder-hint"
          onDragOver={(e) => {
            if (!dragging()) return;
            e.preventDefault();
            const rows = [...e.currentTarget.querySelectorAll<HTMLElement>(':scope > li')];
            const i = rows.findIndex((r) => {
              const b = r.getBoundingClientRect();
              return e.clientY < b.top + b.height / 2;
            });
            setDropAt(i === -1 ? rows.length : i);
          }}
          onDrop={(e) => {
            e.preventDefault();
            const id = dragging();
            const at = dropAt();
            setDragging(null);
            setDropAt(null);
            if (id !== null && at !== null) void send(moveTo(order(), id, at), id);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropAt(null);
          }}
        >
          <For each={order()}>
            {(id, i) => (
              <SpeakerRow
                id={id}
                position={i() + 1}
                total={order().length}
                dragging={dragging() === id}
                dropBefore={dropAt() === i() && dragging() !== null}
                dropAfter={dropAt() === order().length && i() === order().length - 1 && dragging() !== null}
                onMove={(delta) => move(id, delta)}
                onDragStart={() => setDragging(id)}
                onDragEnd={() => {
                  setDragging(null);
                  setDropAt(null);
                }}
              />
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}
