// Whether this page is annotated, and why (or why not), with the one action that helps.
import type { PageState } from '../lib/messages';

export interface StatusBannerProps {
  state: PageState | null;
  busy: boolean;
  onAnnotate: () => void;
}

function reasons(state: PageState): string {
  const signals = state.news?.signals ?? [];
  return signals.slice(0, 6).join(', ');
}

export function StatusBanner({ state, busy, onAnnotate }: StatusBannerProps) {
  if (!state) {
    return (
      <section class="status status-muted" role="status">
        <p>WhoSaid cannot read this page. It works on web pages (http and https), not on browser or extension pages.</p>
      </section>
    );
  }
  const action = (
    <button type="button" class="primary" onClick={onAnnotate} disabled={busy}>
      {busy ? 'Annotating…' : 'Annotate this page anyway'}
    </button>
  );
  switch (state.status) {
    case 'working':
      return <section class="status" role="status"><p>Annotating…</p></section>;
    case 'annotated': {
      const a = state.annotations;
      const n = a?.quotes.length ?? 0;
      return (
        <section class="status status-ok" role="status">
          <p>
            <strong>Annotated.</strong> {n === 0 ? 'No direct quotations found.' : `${n} quotation${n === 1 ? '' : 's'} found.`}
            {a?.partial ? ' This page is very long: only its first part was annotated (partial).' : ''}
          </p>
          {a?.article.title ? <p class="muted title">{a.article.title}{a.article.published ? ` · ${a.article.published}` : ''}</p> : null}
        </section>
      );
    }
    case 'not-news':
      return (
        <section class="status" role="status">
          <p><strong>This does not look like a news article</strong>, so nothing was highlighted.</p>
          <p class="muted small">Signals: {reasons(state) || 'none'} (score {state.news?.score ?? 0})</p>
          {action}
        </section>
      );
    case 'disabled-site':
      return (
        <section class="status" role="status">
          <p><strong>Off on this site.</strong> You chose never to annotate {state.host}.</p>
          {action}
        </section>
      );
    case 'auto-off':
      return (
        <section class="status" role="status">
          <p><strong>Automatic annotation is off.</strong></p>
          {action}
        </section>
      );
    case 'error':
      return (
        <section class="status status-error" role="alert">
          <p><strong>Something went wrong annotating this page.</strong> The page itself is unchanged.</p>
          {state.error ? <p class="muted small">{state.error}</p> : null}
          {action}
        </section>
      );
  }
}
