// axe-core in component tests. happy-dom has no layout, so the rules that need rendering (colour
// contrast, target size) are left to the end-to-end run in Chromium, which checks the real pages.
import axe from 'axe-core';

export async function axeViolations(root: Element, impacts: readonly string[] = ['serious', 'critical']): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.filter((v) => impacts.includes(v.impact ?? '')).map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
