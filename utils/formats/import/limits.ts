/** Bounds checked before and while parsing an untrusted file, so a hostile one fails fast. */
export interface ParseLimits {
  maxBytes: number;
  /** Containers inside containers; JSON.parse recurses, so this also keeps the stack safe. */
  maxDepth: number;
  /** Items of one array, or members of one object. */
  maxItems: number;
  maxStringLength: number;
}

/**
 * For shared annotation files. maxItems matches the set file's 200 000 annotations; strings may
 * be as long as the longest field (a 20 000 character comment) plus escapes. 50,000 real-sized
 * annotations (a Hypothesis export averages about 2.4 KB each) make about 120 MB: the cap
 * leaves room for twice that.
 */
export const SHARED_FILE_LIMITS: ParseLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxDepth: 64,
  maxItems: 200_000,
  maxStringLength: 100_000,
};
