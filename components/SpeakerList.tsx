// Who speaks on this page, most quoted first; each speaker expands to their quotes.
import type { SpeakerGroup } from '../lib/summary';
import { PersonRole } from './PersonLine';

export interface SpeakerListProps {
  groups: SpeakerGroup[];
  onReveal: (key: string) => void;
}

export function SpeakerList({ groups, onReveal }: SpeakerListProps) {
  if (!groups.length) return null;
  return (
    <section class="speakers" aria-labelledby="speakers-h">
      <h2 id="speakers-h">Who speaks</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.key}>
            <details>
              <summary>
                <span class="name">{g.name}</span>
                {g.kind === 'organization' ? <span class="kind">organisation</span> : null}
                <span class="count" aria-label={`${g.quotes.length} quotes`}>{g.quotes.length}</span>
                {g.person ? <PersonRole person={g.person} /> : null}
              </summary>
              <ol class="quotes">
                {g.quotes.map((q) => (
                  <li key={q.key}>
                    <button type="button" class="quote" onClick={() => onReveal(q.key)}>
                      “{q.text}”
                    </button>
                    {q.speakerDescription && !q.speaker ? <span class="muted small"> — {q.speakerDescription}</span> : null}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
