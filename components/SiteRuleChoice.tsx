// Per-site rule: annotate as usual, always, or never on this site.
import type { SiteRule } from '../lib/settings';

export interface SiteRuleChoiceProps {
  host: string;
  rule: SiteRule;
  autoAnnotate: boolean;
  onChange: (rule: SiteRule) => void;
}

export function SiteRuleChoice({ host, rule, autoAnnotate, onChange }: SiteRuleChoiceProps) {
  const options: [SiteRule, string][] = [
    ['default', autoAnnotate ? 'Annotate news articles (default)' : 'Only when I ask (default)'],
    ['always', 'Always annotate here'],
    ['never', 'Never annotate here'],
  ];
  return (
    <fieldset class="site-rule">
      <legend>On {host}</legend>
      {options.map(([value, label]) => (
        <label key={value} class="radio">
          <input type="radio" name="site-rule" value={value} checked={rule === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
