// Officials and other people mentioned but not quoted, with the same context as speakers.
import type { Person } from '../lib/types';
import { PersonRole } from './PersonLine';

export interface PeopleListProps {
  officials: Person[];
  others: Person[];
  published: string | null;
  onReveal: (key: string) => void;
}

function List({ title, id, people, published, onReveal }: { title: string; id: string; people: Person[]; published: string | null; onReveal: (k: string) => void }) {
  if (!people.length) return null;
  return (
    <section class="people" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.key}>
            <button type="button" class="person" onClick={() => onReveal(p.key)} title="Show on the page">
              <span class="name">{p.name}</span>
              <span class="muted small">
                {' '}
                · {p.mentions.length} mention{p.mentions.length === 1 ? '' : 's'}
              </span>
            </button>
            <PersonRole person={p} published={published} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PeopleList({ officials, others, published, onReveal }: PeopleListProps) {
  return (
    <>
      <List title="Officials mentioned, not quoted" id="officials-h" people={officials} published={published} onReveal={onReveal} />
      <List title="Other people mentioned, not quoted" id="others-h" people={others} published={published} onReveal={onReveal} />
    </>
  );
}
