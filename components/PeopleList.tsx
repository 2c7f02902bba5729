// Officials and other people mentioned but not quoted.
import type { Person } from '../lib/types';
import { PersonRole } from './PersonLine';

export interface PeopleListProps {
  officials: Person[];
  others: Person[];
  onReveal: (key: string) => void;
}

function List({ title, id, people, onReveal }: { title: string; id: string; people: Person[]; onReveal: (k: string) => void }) {
  if (!people.length) return null;
  return (
    <section class="people" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.key}>
            <button type="button" class="person" onClick={() => onReveal(p.key)}>
              <span class="name">{p.name}</span>
            </button>
            <PersonRole person={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PeopleList({ officials, others, onReveal }: PeopleListProps) {
  return (
    <>
      <List title="Officials mentioned" id="officials-h" people={officials} onReveal={onReveal} />
      <List title="Other people mentioned" id="others-h" people={others} onReveal={onReveal} />
    </>
  );
}
