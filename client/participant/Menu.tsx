// A small menu in the top bar: who you are in this session, edit it, the language, leave.
import { isolate } from '../../shared/bidi.js';
import { Show, createSignal, createUniqueId, onCleanup, type Accessor } from 'solid-js';
import { tc } from '../i18n/common.js';
import { t } from '../i18n/participant.js';
import { useLive } from './context.js';
import { MenuPanel } from './MenuPanel.js';
import { countsAnonymous } from '../../shared/rules.js';
import type { LocalProfile } from './profile.js';

export function Menu(props: { code: string; profile: Accessor<LocalProfile>; onEditProfile: () => void }) {
  const live = useLive();
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let button!: HTMLButtonElement;
  let panel: HTMLDivElement | undefined;

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.focus();
  };
  const onKey = (e: KeyboardEvent) => open() && e.key === 'Escape' && close();
  const onClick = (e: MouseEvent) => {
    if (open() && panel && !panel.contains(e.target as Node) && !button.contains(e.target as Node)) close(false);
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick);
  onCleanup(() => {
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('click', onClick);
  });

  const who = () => {
    const p = props.profile();
    const mode = live.state()?.definition.identity ?? 'optional';
    if (countsAnonymous(mode, p.anonymous)) return tc('anonymous');
    return [p.name, p.organization, p.country]
      .filter((x) => x.trim())
      .map(isolate)
      .join(' · ');
  };

  return (
    <div class="menu">
      <button
        ref={button}
        type="button"
        class="ghost menu-button"
        aria-expanded={open()}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open())}
        data-testid="menu"
      >
        <span aria-hidden="true" class="burger" />
        {t('menu')}
      </button>
      <Show when={open()}>
        <MenuPanel
          id={`${id}-panel`}
          ref={(el) => (panel = el)}
          code={props.code}
          who={who()}
          onEditProfile={() => {
            close(false);
            props.onEditProfile();
          }}
        />
      </Show>
    </div>
  );
}
