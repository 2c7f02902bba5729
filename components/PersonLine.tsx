// What is known about a person: the role the article gives, the dataset role at the article's date
// and now (with dates and source), and context flags. The wording comes from lib/summary.ts, shared
// with the in-page card.
import type { Person } from '../lib/types';
import { personFacts } from '../lib/summary';

export function PersonRole({ person, published }: { person: Person; published: string | null }) {
  const facts = personFacts(person, published);
  if (!facts.length) return null;
  return (
    <dl class="facts">
      {facts.map((f) => (
        <div class={`fact fact-${f.kind}`} key={f.kind + f.text}>
          <dt>{f.label}</dt>
          <dd>
            <span class="fact-text">{f.text}</span>
            {f.when ? <span class="when"> · {f.when}</span> : null}
            {f.source ? <span class="source"> · source: {f.source}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
