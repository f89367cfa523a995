export { createNarratives, type NarrativePutResult } from './narratives.js';
export {
  NARRATIVE_MAX_CHARS,
  NarrativePut,
  type NarrativeRevision,
  StoredNarrative,
} from './schema.js';
