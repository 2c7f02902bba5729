import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '@testing-library/preact';
import { CARD_TAG, createCardView, renderCard } from '../../entrypoints/content/card';
import { cardModel } from '../../lib/summary';
import { annotations } from '../fixtures/annotations';
import { formerMinister, sanctioned } from '../fixtures/context';
import { axeViolations } from './axe';

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll(CARD_TAG).forEach((e) => e.remove());
});

function fixture() {
  const a = annotations();
  a.people[0]!.context = formerMinister;
  a.people[2]!.context = sanctioned;
  return a;
}

describe('the card content', () => {
  it('says who said a quote, with the cue, the role in the article and the dataset roles with dates and sources', () => {
    const div = document.createElement('div');
    renderCard(div, cardModel(fixture(), 'q2')!);
    const c = within(div);
    expect(c.getByText('Ada Brook')).toBeTruthy();
    expect(c.getByText('Official')).toBeTruthy();
    expect(c.getByText('“It will be finished by spring.”')).toBeTruthy();
    expect(c.getByText('Cue: said')).toBeTruthy();
    expect(c.getByText('Quote 3 of 5')).toBeTruthy();
    expect(c.getByText('In the article').nextElementSibling!.textContent).toBe('Harbor Commissioner');
    const atDate = c.getByText('On 2 Jan 2024').nextElementSibling!;
    expect(atDate.textContent).toBe('Minister of Defence, Ruritaniafrom 12 Mar 2023 to 24 Oct 2023Source: Wikidata');
    expect(c.getByText('Now').nextElementSibling!.textContent).toContain('Ambassador to Freedonia');
    expect(c.getByText('Source: CIA World Factbook')).toBeTruthy();
  });

  it('shows sanctions as context for a person', () => {
    const div = document.createElement('div');
    renderCard(div, cardModel(fixture(), 'p2')!);
    const c = within(div);
    expect(c.getByText('Context').nextElementSibling!.textContent).toMatch(/^On the US Treasury sanctions list \(RUSSIA-EO14024\)/);
    expect(c.getByText('Mentioned, not quoted')).toBeTruthy();
  });

  it('renders page text as text, never as markup', () => {
    const a = fixture();
    a.quotes[0] = { ...a.quotes[0]!, text: '<img src=x onerror="alert(1)">' };
    const div = document.createElement('div');
    renderCard(div, cardModel(a, 'q0')!);
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('has no accessibility violations (axe)', async () => {
    const div = document.createElement('div');
    div.setAttribute('role', 'status');
    document.body.append(div);
    renderCard(div, cardModel(fixture(), 'q2')!);
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('the card view', () => {
  const rects = () => [{ left: 100, top: 100, right: 400, bottom: 120 }];

  it('adds one host element in a shadow root, announces keyboard cards, and removes the host when closed', async () => {
    const view = createCardView(document, 'open');
    const model = cardModel(fixture(), 'q0')!;
    view.show(model, rects, { tone: 'dark', announce: true });
    const hosts = document.querySelectorAll(CARD_TAG);
    expect(hosts.length).toBe(1);
    const host = hosts[0] as HTMLElement;
    // the page cannot hide or move it: every host property is inline and !important
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    const card = host.shadowRoot!.querySelector('.card') as HTMLElement;
    expect(card.getAttribute('role')).toBe('status');
    expect(card.getAttribute('aria-live')).toBe('polite');
    expect(card.dataset['tone']).toBe('dark');
    await vi.waitFor(() => expect(card.textContent).toContain('We will build it.'));
    expect(view.key).toBe('q0');
    view.hide();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(view.key).toBeNull();
  });

  it('does not announce hover cards', async () => {
    const view = createCardView(document, 'open');
    view.show(cardModel(fixture(), 'p0')!, rects, { tone: 'light', announce: false });
    const card = (document.querySelector(CARD_TAG) as HTMLElement).shadowRoot!.querySelector('.card')!;
    expect(card.getAttribute('aria-live')).toBe('off');
    view.hide();
  });
});
