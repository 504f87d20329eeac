import type { Pair } from './alignment.ts';
import type { CollapsedQuote } from './quote.ts';
import { type AnchorResult, originalRange } from './result.ts';
import type { SearchText } from './search-text.ts';
import type { PassageSelectors } from './selectors.ts';
import { type KeptRun, VersionMap } from './version-map.ts';

/** Kept text this long beside a passage shows the diff paired the right copy of short words. */
const KEPT_CONTEXT = 8;
/** Edited passages shorter than this are left to the search: too few words to share. */
const SHORT = 20;

/**
 * The version passages were chosen in beside the version they are anchored on, for passages
 * whose `documentVersion` is the earlier one: where their words went, by what the two share.
 */
export class VersionPair {
  private versionMap: VersionMap | undefined;

  constructor(
    private readonly previous: SearchText,
    private readonly doc: SearchText,
  ) {}

  /** Built on first use: passages of other versions never need it. */
  private get map(): VersionMap {
    this.versionMap ??= new VersionMap(this.previous.collapsed, this.doc.collapsed);
    return this.versionMap;
  }

  knows(passage: PassageSelectors): boolean {
    return passage.documentVersion === this.previous.version;
  }

  /**
   * The passage where its words still stand: exact when all of them do, fuzzy (the share that
   * stands as score) when at least half do, with what was inserted among them. Undefined when
   * fewer stand there: its words were deleted or moved, which only a search can tell.
   */
  carry(passage: PassageSelectors, quote: CollapsedQuote): AnchorResult | undefined {
    const span = this.knows(passage) ? this.oldSpan(passage, quote) : undefined;
    if (!span) return undefined;
    // The whitespace the passage began or ended with is part of it: words inserted just inside
    // it are inserted inside the passage.
    const old = this.previous.collapsed;
    const lead = quote.leadingSpace > 0 && old.charCodeAt(span.start - 1) === 0x20 ? 1 : 0;
    const trail = quote.trailingSpace > 0 && old.charCodeAt(span.end) === 0x20 ? 1 : 0;
    const from = span.start - lead;
    const to = span.end + trail;
    const kept = this.map.keptIn(from, to);
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last) return undefined;
    const keptLength = kept.reduce((sum, run) => sum + run.length, 0);
    const placedFrom = first.newStart;
    const placedTo = last.newStart + last.length;
    const contextKept = {
      before:
        first.oldStart === from &&
        this.keptBeside(from - KEPT_CONTEXT, from, placedFrom - KEPT_CONTEXT),
      after: last.oldStart + last.length === to && this.keptBeside(to, to + KEPT_CONTEXT, placedTo),
    };
    if (!contextKept.before && !contextKept.after) return undefined;
    // The core of the quote, without the outer whitespace that originalRange gives back.
    const start = placedFrom + (first.oldStart === from ? lead : 0);
    const end = placedTo - (last.oldStart + last.length === to ? trail : 0);
    const length = span.end - span.start;
    if (keptLength === to - from && placedTo - placedFrom === to - from) {
      if (this.standsBeyondInsertion(from, to, placedFrom, contextKept)) {
        return { status: 'orphan', reason: 'ambiguous' };
      }
      return { status: 'exact', ...originalRange(this.doc, quote, { start, end, errors: 0 }) };
    }
    const words = this.map.keptIn(span.start, span.end);
    const keptWords = words.reduce((sum, run) => sum + run.length, 0);
    // A diff may pair words with their copy across an edit: "Parties." + cut words + "." loses
    // either full stop; "States Parties shall" heading a paragraph moved in before the passage's
    // own "States Parties shall". Unless its words stand together, those standing whole just
    // there are the passage.
    const together =
      keptWords === length && words.every((run, i) => i === 0 || contiguous(words[i - 1], run));
    const whole = together
      ? -1
      : this.doc.collapsed.indexOf(quote.exact, Math.max(0, start - length));
    if (whole !== -1 && whole <= end && whole + length >= start) {
      const range = originalRange(this.doc, quote, {
        start: whole,
        end: whole + length,
        errors: 0,
      });
      return { status: 'exact', ...range };
    }
    // At least half its words stand, and they are at least a third of the place: a place made
    // mostly of new words may be a copy of the passage's first words heading new text.
    if (length < SHORT || 2 * keptWords < length || 3 * keptWords < end - start) {
      return undefined;
    }
    const score = Math.round((1000 * keptWords) / Math.max(length, end - start)) / 1000;
    const range = originalRange(this.doc, quote, { start, end, errors: length - keptWords });
    return { status: 'fuzzy', ...range, score };
  }

  /**
   * Whether most of the place found for a passage whose words left their own place came from
   * other words of the earlier version: then it is a copy of the words, not where they moved.
   */
  heldOtherWords(
    passage: PassageSelectors,
    quote: CollapsedQuote,
    placed: { start: number; end: number },
  ): boolean {
    const span = this.oldSpan(passage, quote);
    const start = this.doc.collapsedOffset(placed.start);
    const end = this.doc.collapsedOffset(placed.end);
    if (
      cutsWords(this.doc.collapsed, start, end) &&
      !cutsWords(this.previous.collapsed, span?.start ?? 0, span?.end ?? 0)
    )
      return true;
    const others = this.map.othersIn(start, end, span?.start ?? 0, span?.end ?? 0);
    return 2 * others > end - start;
  }

  /**
   * Whether words inserted beside a passage repeat it, so that it stands twice, each time with
   * one side of its context: "Convention [in] order" became "Convention in accordance with its
   * domestic law in order", and no diff can tell which "in" was there before.
   */
  private standsBeyondInsertion(
    from: number,
    to: number,
    placedFrom: number,
    contextKept: { before: boolean; after: boolean },
  ): boolean {
    if (contextKept.before === contextKept.after) return false;
    const length = to - from;
    const text = this.doc.collapsed;
    const words = text.slice(placedFrom, placedFrom + length);
    // Where the passage would stand if it had kept its other side of context instead.
    const other = contextKept.before
      ? this.map.keptIn(to, to + KEPT_CONTEXT).at(-1)
      : this.map.keptIn(from - KEPT_CONTEXT, from)[0];
    if (!other) return false;
    const at = from + other.newStart - other.oldStart;
    return (
      at !== placedFrom &&
      text.slice(at, at + length) === words &&
      // The "a" of "and" is no other place of the article "a".
      cutsWords(text, at, at + length) === cutsWords(text, placedFrom, placedFrom + length)
    );
  }

  /** Whether old `from`..`to` stands whole in the new version, starting at new `at`. */
  private keptBeside(from: number, to: number, at: number): boolean {
    let next = from;
    let nextNew = at;
    for (const run of this.map.keptIn(from, to)) {
      if (run.oldStart !== next || run.newStart !== nextNew) return false;
      next += run.length;
      nextNew += run.length;
    }
    return next === to;
  }

  /** Kept runs of the two versions, as original offsets, for expecting where passages went. */
  pairs(): Pair[] {
    return this.map.runs.map((run) => ({
      oldStart: this.previous.originalOffset(run.oldStart),
      newStart: this.doc.originalOffset(run.newStart),
    }));
  }

  /** The quote's collapsed span in the earlier version, if the selectors agree with its text. */
  private oldSpan(
    passage: PassageSelectors,
    quote: CollapsedQuote,
  ): { start: number; end: number } | undefined {
    // A passage imported without a position is found by its quote alone.
    if (!passage.position) return undefined;
    const { start, end } = passage.position;
    const from = this.previous.collapsedOffset(start + quote.leadingSpace);
    const to = this.previous.collapsedOffset(end - quote.trailingSpace);
    return this.previous.collapsed.slice(from, to) === quote.exact
      ? { start: from, end: to }
      : undefined;
  }
}

/** Whether `start`..`end` begins or ends inside a word ("a" in "and"). */
function cutsWords(text: string, start: number, end: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  const inside = (at: number) =>
    at > 0 &&
    at < text.length &&
    word.test(text[at - 1] as string) &&
    word.test(text[at] as string);
  return inside(start) || inside(end);
}

/** Whether `run` follows `before` directly in both versions. */
function contiguous(before: KeptRun | undefined, run: KeptRun): boolean {
  return (
    before !== undefined &&
    before.oldStart + before.length === run.oldStart &&
    before.newStart + before.length === run.newStart
  );
}
