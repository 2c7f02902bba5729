// Loads the compiled reference dataset for the Node tools. Until the dataset is built, people get
// text-only roles.
import type { ContextLookup } from '../../lib/context';

export function loadLookup(): ContextLookup | null {
  return null;
}
