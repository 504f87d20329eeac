import { flattenUnits } from './outline.ts';
import { outlineText } from './outline-text.ts';

/** One interpretative or explanatory note, found in a notes document, on a provision. */
export interface NoteOnProvision {
  /** The notes document's symbol, or its key when it has none. */
  source: string;
  /** The note's own address in the notes document (`para. 4`). */
  address: string;
  /** The provision it explains (`Art. 2(c)`). */
  explains: string;
  /** The instrument it explains, as the notes document heads it, when it covers several. */
  explainsIn?: string;
  text: string;
}

const comparable = (title: string): string =>
  title
    .toLowerCase()
    .replace(/^(?:revised )?draft /u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a note explains the instrument with this title: notes on several instruments head
 * each instrument's notes with its name (`A. United Nations Convention against …`, `C. Protocol
 * against the Smuggling of Migrants …, supplementing the United Nations Convention …`), so a
 * protocol's note on its article 3 is not a note on the convention's article 3.
 */
function explainsInstrument(note: NoteOnProvision, title: string | undefined): boolean {
  if (!note.explainsIn || !title) return true;
  return comparable(note.explainsIn).startsWith(comparable(title));
}

/** `Art. 2(c)` → `Art. 2`: notes are linked to a draft by article. */
export function articleOf(address: string): string | undefined {
  return /^Art\. \d+(?: [a-z]+)?/.exec(address.trim())?.[0];
}

/**
 * The notes that explain each article of the instrument titled `about` (any, without a title),
 * from the texts of notes documents: a map from `Art. N` to its notes in document order. Texts
 * of other shapes give nothing.
 */
export function notesByArticle(
  documents: ReadonlyArray<{ source: string; text: string }>,
  about?: string,
): Map<string, NoteOnProvision[]> {
  const byArticle = new Map<string, NoteOnProvision[]>();
  for (const { source, text } of documents) {
    const outline = outlineText(text);
    if (outline.shape !== 'notes') continue;
    for (const unit of flattenUnits(outline.units)) {
      const article =
        unit.kind === 'paragraph' && unit.explains ? articleOf(unit.explains) : undefined;
      if (!article || !unit.explains) continue;
      const note: NoteOnProvision = {
        source,
        address: unit.address,
        explains: unit.explains,
        ...(unit.explainsIn ? { explainsIn: unit.explainsIn } : {}),
        text: text.slice(unit.start, unit.end).trim(),
      };
      if (!explainsInstrument(note, about)) continue;
      byArticle.set(article, [...(byArticle.get(article) ?? []), note]);
    }
  }
  return byArticle;
}

/** The notes on the article a provision address is in (`Art. 2(1)(a)` → notes on `Art. 2`). */
export function notesOn(
  notes: ReadonlyMap<string, NoteOnProvision[]>,
  provision: string,
): NoteOnProvision[] {
  const article = articleOf(provision);
  return article ? (notes.get(article) ?? []) : [];
}
