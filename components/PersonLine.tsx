// A person's name with the role the article gives and the dataset's context.
import type { Person } from '../lib/types';

export function PersonRole({ person }: { person: Person }) {
  const ctx = person.context;
  return (
    <span class="role">
      {person.roleInText ? <span class="role-text">{person.roleInText}</span> : null}
      {ctx?.roleAtDate ? (
        <span class="role-dataset" title={`Source: ${ctx.roleAtDate.source}`}>
          {person.role}
          {ctx.stillHeld === false ? ' (no longer)' : ctx.stillHeld ? ' (still holds)' : ''}
        </span>
      ) : null}
      {ctx?.flags.map((f) => (
        <span class="flag" key={f.label}>{f.label}</span>
      ))}
    </span>
  );
}
