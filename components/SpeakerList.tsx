// Who speaks on this page, most quoted first, each with what is known about them; a speaker expands
// to their quotes, and a quote scrolls the page to it.
import { useState } from 'preact/hooks';
import type { SpeakerGroup } from '../lib/summary';
import { PersonRole } from './PersonLine';

export interface SpeakerListProps {
  groups: SpeakerGroup[];
  published: string | null;
  onReveal: (key: string) => void;
}

const kindLabel: Record<SpeakerGroup['kind'], string | null> = { person: null, organization: 'organisation', unnamed: null };

export function SpeakerList({ groups, published, onReveal }: SpeakerListProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (!groups.length) return null;
  const toggle = (key: string) => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };
  return (
    <section class="speakers" aria-labelledby="speakers-h">
      <h2 id="speakers-h">Who speaks</h2>
      <ul>
        {groups.map((g) => {
          const n = g.quotes.length;
          const expanded = open.has(g.key);
          const listId = `quotes-${g.key.replace(/[^a-z0-9-]/gi, '_')}`;
          return (
            <li key={g.key} class="speaker">
              <button type="button" class="speaker-toggle" aria-expanded={expanded} aria-controls={listId} onClick={() => toggle(g.key)}>
                <span class="chevron" aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                <span class="name">{g.name}</span>
                {g.person?.official ? <span class="tag">official</span> : null}
                {kindLabel[g.kind] ? <span class="kind">{kindLabel[g.kind]}</span> : null}
                <span class="count">
                  {n} quote{n === 1 ? '' : 's'}
                </span>
              </button>
              {g.person ? <PersonRole person={g.person} published={published} /> : null}
              {expanded ? (
                <ol class="quotes" id={listId} aria-label={`Quotes by ${g.name}`}>
                  {g.quotes.map((q) => (
                    <li key={q.key}>
                      <button type="button" class="quote" onClick={() => onReveal(q.key)} title="Show this quote on the page">
                        “{q.text}”
                      </button>
                      {q.cue || (q.speakerDescription && !q.speaker) ? (
                        <span class="muted small quote-meta">{[q.speakerDescription && !q.speaker ? q.speakerDescription : null, q.cue ? `cue: ${q.cue}` : null].filter(Boolean).join(' · ')}</span>
                      ) : null}
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
