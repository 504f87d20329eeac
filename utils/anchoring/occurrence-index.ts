/** Characters per indexed gram; quotes shorter than this are searched by a plain scan. */
const GRAM = 6;
/** 64 K buckets: their counts stay in the processor's cache while the index is built. */
const BUCKET_BITS = 16;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * Where each six-character gram of a text starts, bucketed by hash. A quote is then looked up by
 * its rarest gram and verified in place, so a thousand quotes cost a thousand short lookups
 * instead of a thousand scans of the whole draft.
 */
export class OccurrenceIndex {
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const grams = Math.max(0, text.length - GRAM + 1);
    const buckets = new Int32Array(grams);
    const counts = new Int32Array((1 << BUCKET_BITS) + 1);
    let hash = grams > 0 ? gramHash(text, 0) : 0;
    for (let i = 0; i < grams; i++) {
      if (i > 0) {
        // Roll the hash along: drop the character leaving the gram, add the one entering it.
        const leaving = Math.imul(text.charCodeAt(i - 1), HIGHEST_POWER);
        hash = (Math.imul(hash - leaving, 31) + text.charCodeAt(i + GRAM - 1)) | 0;
      }
      const bucket = toBucket(hash);
      buckets[i] = bucket;
      counts[bucket + 1] = (counts[bucket + 1] as number) + 1;
    }
    for (let b = 1; b < counts.length; b++) {
      counts[b] = (counts[b] as number) + (counts[b - 1] as number);
    }
    this.bucketStarts = counts.slice();
    this.positions = new Int32Array(grams);
    for (let i = 0; i < grams; i++) {
      const bucket = buckets[i] as number;
      this.positions[counts[bucket] as number] = i;
      counts[bucket] = (counts[bucket] as number) + 1;
    }
  }

  /** Start offsets of every occurrence of `quote`, in text order, at most `limit` of them. */
  occurrences(quote: string, limit: number): number[] {
    if (quote.length < GRAM) return scan(this.text, quote, limit);
    let rarest = 0;
    let rarestCount = Number.POSITIVE_INFINITY;
    for (let k = 0; k + GRAM <= quote.length; k++) {
      const bucket = gramBucket(quote, k);
      const count =
        (this.bucketStarts[bucket + 1] as number) - (this.bucketStarts[bucket] as number);
      if (count < rarestCount) {
        rarest = k;
        rarestCount = count;
      }
    }
    const bucket = gramBucket(quote, rarest);
    const found: number[] = [];
    const end = this.bucketStarts[bucket + 1] as number;
    for (let p = this.bucketStarts[bucket] as number; p < end && found.length < limit; p++) {
      const start = (this.positions[p] as number) - rarest;
      if (start >= 0 && this.text.startsWith(quote, start)) found.push(start);
    }
    return found;
  }
}

/** 31 to the power GRAM - 1, modulo 2^32: the weight of a gram's first character. */
const HIGHEST_POWER = 28629151;

function gramHash(text: string, at: number): number {
  let hash = 0;
  for (let k = 0; k < GRAM; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(at + k)) | 0;
  return hash;
}

function toBucket(hash: number): number {
  return (hash ^ (hash >>> BUCKET_BITS)) & BUCKET_MASK;
}

function gramBucket(text: string, at: number): number {
  return toBucket(gramHash(text, at));
}

function scan(text: string, quote: string, limit: number): number[] {
  const found: number[] = [];
  let at = text.indexOf(quote);
  while (at !== -1 && found.length < limit) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}
