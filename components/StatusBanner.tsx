// Whether this page is annotated, and why (or why not), with the action that helps.
import type { PageState } from '../lib/messages';

export interface StatusBannerProps {
  state: PageState | null;
  busy: boolean;
  onAnnotate: () => void;
  onOpenOptions: () => void;
}

function reasons(state: PageState): string {
  const signals = state.news?.signals ?? [];
  return signals.slice(0, 6).join(', ');
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export function StatusBanner({ state, busy, onAnnotate, onOpenOptions }: StatusBannerProps) {
  if (!state) {
    return (
      <section class="status status-muted" role="status">
        <p>
          <strong>WhoSaid cannot read this page.</strong>
        </p>
        <p class="small">It works on web pages (http and https), not on browser pages, extension pages or add-on stores. If this page was already open when WhoSaid was installed or updated, reload it.</p>
      </section>
    );
  }
  const action = (label: string) => (
    <button type="button" class="primary" onClick={onAnnotate} disabled={busy}>
      {busy ? 'Annotating…' : label}
    </button>
  );
  switch (state.status) {
    case 'working':
      return (
        <section class="status" role="status">
          <p>Reading this article…</p>
        </section>
      );
    case 'annotated': {
      const a = state.annotations;
      const quotes = a?.quotes.length ?? 0;
      const people = a?.people.length ?? 0;
      return (
        <section class="status status-ok" role="status">
          {quotes + people === 0 ? (
            <>
              <p>
                <strong>Annotated.</strong> No quotations or named people found in this article.
              </p>
              <p class="small">WhoSaid looked and found nothing to highlight. Quotes without quotation marks are not recognised yet.</p>
            </>
          ) : (
            <p>
              <strong>Annotated.</strong> {quotes ? `${plural(quotes, 'quotation')}` : 'No direct quotations'}, {plural(people, 'person', 'people')} named.
            </p>
          )}
          {a?.partial ? <p class="small">This page is very long: only its first part was annotated.</p> : null}
          {a?.article.title ? (
            <p class="muted small title">
              {a.article.title}
              {a.article.published ? ` · ${a.article.published}` : ''}
            </p>
          ) : null}
        </section>
      );
    }
    case 'not-news':
      return (
        <section class="status" role="status">
          <p>
            <strong>This does not look like a news article</strong>, so nothing was highlighted.
          </p>
          <p class="muted small">
            Signals: {reasons(state) || 'none'} (score {state.news?.score ?? 0})
          </p>
          {action('Annotate this page anyway')}
        </section>
      );
    case 'disabled-site':
      return (
        <section class="status" role="status">
          <p>
            <strong>Off on this site.</strong> You chose never to annotate {state.host}.
          </p>
          {action('Annotate this page once')}
        </section>
      );
    case 'auto-off':
      return (
        <section class="status" role="status">
          <p>
            <strong>Automatic annotation is off</strong>, so this page was left alone.
          </p>
          {action('Annotate this page')}{' '}
          <button type="button" class="link" onClick={onOpenOptions}>
            Turn it on in Options
          </button>
        </section>
      );
    case 'error':
      return (
        <section class="status status-error" role="alert">
          <p>
            <strong>Something went wrong annotating this page.</strong> The page itself is unchanged.
          </p>
          {state.error ? <p class="muted small">{state.error}</p> : null}
          <p class="small">Try again; if it keeps failing, reloading the page usually helps.</p>
          {action('Try again')}
        </section>
      );
  }
}
