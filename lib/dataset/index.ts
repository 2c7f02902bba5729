// The reference dataset of officials: asset parsing, lookup by name and date, and the name gazetteer.
//
// In the extension (design): the background worker loads the asset once and answers lookups by message;
// content scripts get only the gazetteer.
//   const bytes = await (await fetch(browser.runtime.getURL('/dataset/officials.txt'))).arrayBuffer();
//   const r = parseDataset(bytes);           // ~0.3 ms: header and framing; sections decode on first use
//   if (!r.ok) → text-only roles (r.error says why)
//   const lookup = createLookup(r.dataset);  // lookup.lookup(query) → PersonContext | null
//   r.dataset.warm();                        // optional, when idle: decode sections and build offsets now
//   const names = createGazetteer(r.dataset).data();   // plain JSON (~440 KB) to send to each tab
// In a content script: gazetteerFromData(message) → NameGazetteer (hasName), or null if unusable.
export { parseDataset, Dataset, DatasetCorrupt, type ParseResult } from './dataset';
export { createLookup } from './lookup';
export { createGazetteer, gazetteerFromData, type GazetteerData, type BuiltGazetteer } from './gazetteer';
export { nameKey, nameTokens, nameVariants, looseKey, fold } from './normalize';
export { DATASET_FORMAT, DATASET_VERSION, type DatasetAsset, type SourceInfo } from './format';
