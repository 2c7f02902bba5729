// Loads the compiled reference dataset for the Node tools. Until the dataset is built, people get
// text-only roles.
import type { ContextLookup, NameGazetteer } from '../../lib/context';

export function loadLookup(): ContextLookup | null {
  return null;
}

export function loadGazetteer(): NameGazetteer | null {
  return null;
}
