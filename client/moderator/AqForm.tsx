// The frame of a form under an audience question (merge a duplicate): send the
// command on submit, close once the server accepts it, and offer Submit and Cancel.
import type { JSX } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';

export function AqForm(props: {
  /** The command to send, or undefined when there is nothing to send yet. */
  command: () => Command | undefined;
  canSubmit: boolean;
  submitLabel: string;
  done: () => void;
  children: JSX.Element;
}) {
  const c = useConsole();
  return (
    <form
      class="aq-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const command = props.command();
        if (!command) return;
        const ack = await c.send(command);
        if (ack.ok) props.done();
      }}
    >
      {props.children}
      <div class="row">
        <button type="submit" class="small" disabled={!props.canSubmit}>
          {props.submitLabel}
        </button>
        <button type="button" class="small ghost" onClick={props.done}>
          {tm('cancel')}
        </button>
      </div>
    </form>
  );
}
