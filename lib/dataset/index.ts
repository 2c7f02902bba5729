// The reference dataset of officials: asset parsing, lookup by name and date, and the name gazetteer.
export { parseDataset, Dataset, type ParseResult } from './dataset';
export { createLookup } from './lookup';
export { createGazetteer, gazetteerFromData, type GazetteerData, type BuiltGazetteer } from './gazetteer';
export { nameKey, nameTokens, nameVariants, looseKey, fold } from './normalize';
export { DATASET_FORMAT, DATASET_VERSION, type DatasetAsset, type SourceInfo } from './format';
