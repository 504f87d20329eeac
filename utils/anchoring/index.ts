export { type AnchorResult, anchor, anchorMany, type OrphanReason } from './anchor.ts';
export { CONTEXT_LENGTH, describePassage } from './describe.ts';
export { fingerprintText } from './fingerprint.ts';
export { SearchText } from './search-text.ts';
export * from './selectors.ts';
export type { StructuralUnit } from './units.ts';
