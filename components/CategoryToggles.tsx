// One switch per annotation category, with its count on this page. Changes apply in every tab at once.
import { CATEGORIES, type Category } from '../lib/types';
import { CATEGORY_LABELS, type Settings } from '../lib/settings';

export interface CategoryTogglesProps {
  counts: Record<Category, number>;
  settings: Settings;
  onToggle: (c: Category, on: boolean) => void;
}

export function CategoryToggles({ counts, settings, onToggle }: CategoryTogglesProps) {
  return (
    <fieldset class="toggles">
      <legend>Highlight</legend>
      {CATEGORIES.map((c) => (
        <label class={`toggle cat-${c}`} key={c}>
          <input type="checkbox" checked={settings.categories[c]} onChange={(e) => onToggle(c, (e.currentTarget as HTMLInputElement).checked)} />
          <span class="swatch" aria-hidden="true" />
          <span class="label">{CATEGORY_LABELS[c]}</span>
          <span class="count">{counts[c]}</span>
        </label>
      ))}
    </fieldset>
  );
}
