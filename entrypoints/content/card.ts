// The in-page card: who said a quote, or who a person is, shown next to the highlight. It lives in a
// closed shadow root under one host element (the only thing WhoSaid ever adds to a page, removed when
// the card closes), so the page's CSS cannot restyle it and it uses none of the page's styles. Built
// with DOM calls and textContent only: page and dataset text never becomes markup.
import type { CardModel } from '../../lib/summary';
import type { Tone } from '../../lib/color';
import { placeCard, type Box } from '../../lib/placement';

export const CARD_TAG = 'whosaid-card';

const CSS = `
.card:focus { outline: 2px solid #2563eb; outline-offset: 2px; }
.card { box-sizing: border-box; max-width: 340px; padding: 10px 12px; border-radius: 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  text-align: left; background: #ffffff; color: #1d1d1f; border: 1px solid #c9c9d1; box-shadow: 0 4px 16px rgba(0,0,0,.18); overflow-wrap: anywhere; }
.card[data-tone="dark"] { background: #24242a; color: #ececf1; border-color: #55555f; box-shadow: 0 4px 16px rgba(0,0,0,.5); }
.card:empty { padding: 0; border: 0; }
.top { display: flex; justify-content: space-between; gap: 8px; font-size: 11px; color: #5b5b66; margin-bottom: 4px; }
.card[data-tone="dark"] .top, .card[data-tone="dark"] .src, .card[data-tone="dark"] dt { color: #b4b4bf; }
.heading { margin: 0; font-size: 14px; }
.name { font-weight: 650; }
.tag { font-size: 11px; margin-left: 6px; padding: 0 6px; border-radius: 8px; background: #e8eefc; color: #1a3f8f; }
.card[data-tone="dark"] .tag { background: #2f3b57; color: #cfdcff; }
.quote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #d9a400; font-style: italic; }
.cue { margin: 0 0 4px; }
dl { margin: 6px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
dt { color: #5b5b66; font-size: 12px; }
dd { margin: 0; }
.when, .src { display: block; font-size: 12px; }
.src { color: #5b5b66; }
.flag { color: #a3160e; }
.card[data-tone="dark"] .flag { color: #ff9c92; }
.hint { margin: 6px 0 0; font-size: 11px; color: #5b5b66; }
.card[data-tone="dark"] .hint { color: #b4b4bf; }
`;

type Child = Node | string | null | false;

function el(doc: Document, tag: string, cls: string | null, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  for (const c of children) if (c) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}

/** Fills `card` with a model's content (replacing what was there). */
export function renderCard(card: HTMLElement, model: CardModel): void {
  const doc = card.ownerDocument;
  const kind = model.kind === 'quote' ? 'Quote' : model.kind === 'reported' ? 'Reported speech' : 'Person';
  const facts = el(doc, 'dl', null);
  for (const f of model.facts) {
    facts.append(
      el(doc, 'dt', null, f.label),
      el(doc, 'dd', f.kind === 'flag' ? 'flag' : null, f.text, f.when ? el(doc, 'span', 'when', f.when) : null, f.source ? el(doc, 'span', 'src', `Source: ${f.source}`) : null),
    );
  }
  card.replaceChildren(
    el(doc, 'div', 'top', el(doc, 'span', null, `WhoSaid · ${kind}`), model.position ? el(doc, 'span', null, model.position) : null),
    el(doc, 'p', 'heading', el(doc, 'span', 'name', model.heading), model.tag ? el(doc, 'span', 'tag', model.tag) : null),
    model.quote ? el(doc, 'p', 'quote', `“${model.quote}”`) : '',
    model.cue ? el(doc, 'p', 'cue', `Cue: ${model.cue}`) : '',
    model.facts.length ? facts : '',
    el(doc, 'p', 'hint', 'Esc closes this card'),
  );
}

export interface CardView {
  /**
   * Shows the card for `model` next to the text whose line boxes `anchor` returns. With `announce`
   * (keyboard), focus moves into the card, so screen readers read it out (and back where it was when
   * the card closes); a hover card is never announced and never takes focus.
   */
  show(model: CardModel, anchor: () => Box[], opts: { tone: Tone; announce: boolean; pointerX?: number }): void;
  /** Places the card again (after a scroll or resize); false when its text is out of view. */
  reposition(): boolean;
  hide(): void;
  readonly key: string | null;
  /** Whether an event target is the card (events from inside a shadow root come from its host). */
  isCard(target: EventTarget | null): boolean;
}

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['width', 'max-content'],
  ['max-width', 'min(340px, calc(100vw - 16px))'],
  ['pointer-events', 'auto'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
];

/** `shadow` is 'closed' on pages; tests open it to look inside. */
export function createCardView(doc: Document, shadow: ShadowRootMode = 'closed'): CardView {
  const win = doc.defaultView!;
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let current: { model: CardModel; anchor: () => Box[]; pointerX?: number } | null = null;
  let frame = 0;
  /** Where focus was before a keyboard card took it. */
  let returnTo: Element | null = null;

  const setPos = (left: number, top: number) => {
    host!.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host!.style.setProperty('top', `${Math.round(top)}px`, 'important');
  };

  const build = () => {
    host = doc.createElement(CARD_TAG);
    // inline !important beats any page rule, so the page cannot hide, move or restyle the host
    for (const [p, v] of HOST_STYLE) host.style.setProperty(p, v, 'important');
    const root = host.attachShadow({ mode: shadow });
    const style = doc.createElement('style');
    style.textContent = CSS;
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'status');
    card.setAttribute('aria-atomic', 'true');
    card.tabIndex = -1;
    root.append(style, card);
  };

  const view: CardView = {
    get key() {
      return current?.model.key ?? null;
    },
    show(model, anchor, opts) {
      if (!host) build();
      current = { model, anchor, pointerX: opts.pointerX };
      card!.dataset['tone'] = opts.tone;
      card!.setAttribute('aria-live', opts.announce ? 'polite' : 'off');
      card!.setAttribute('aria-label', `WhoSaid: ${model.heading}`);
      // Empty first, off screen: a live region must exist before its content changes to be read out.
      card!.replaceChildren();
      setPos(-10000, 0);
      if (!host!.isConnected) doc.documentElement.append(host!);
      win.cancelAnimationFrame(frame);
      frame = win.requestAnimationFrame(() => {
        if (!current || current.model !== model) return;
        renderCard(card!, model);
        if (!view.reposition() && !opts.announce) view.hide();
        else if (opts.announce) {
          if (doc.activeElement !== host) returnTo = doc.activeElement;
          card!.focus({ preventScroll: true });
        }
      });
    },
    reposition() {
      if (!host || !current) return false;
      const rects = current.anchor();
      const vw = doc.documentElement.clientWidth || win.innerWidth;
      const vh = doc.documentElement.clientHeight || win.innerHeight;
      const inView = rects.some((r) => r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw);
      const size = host.getBoundingClientRect();
      const p = placeCard(rects, { width: size.width, height: size.height }, { width: vw, height: vh }, current.pointerX);
      setPos(p.left, p.top);
      host.dataset['side'] = p.side;
      return inView;
    },
    hide() {
      win.cancelAnimationFrame(frame);
      current = null;
      const hadFocus = !!host && doc.activeElement === host;
      host?.remove();
      const back = returnTo;
      returnTo = null;
      if (hadFocus && back instanceof win.HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    },
    isCard(target) {
      return !!host && target === host;
    },
  };
  return view;
}
