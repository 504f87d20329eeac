import { type Annotation, authorIdOf, type Stance } from '../formats/annotation.ts';
import type { Translator } from '../i18n/translate.ts';

/**
 * What the user chose to put in a submission. Sets and authors are listed by what is left
 * out, so a layer imported later goes in unless the user says otherwise; tags and stances
 * narrow only when some are ticked.
 */
export interface ExportChoices {
  excludedSetIds: readonly string[];
  excludedAuthorIds: readonly string[];
  tags: readonly string[];
  stances: readonly Stance[];
}

export const ALL_OF_THEM: ExportChoices = {
  excludedSetIds: [],
  excludedAuthorIds: [],
  tags: [],
  stances: [],
};

/** The live annotations the choices keep (a tombstone never goes into a submission). */
export function chosenAnnotations(
  annotations: readonly Annotation[],
  choices: ExportChoices,
): Annotation[] {
  return annotations.filter(
    (annotation) =>
      !annotation.deleted &&
      !choices.excludedSetIds.includes(annotation.setId) &&
      !choices.excludedAuthorIds.includes(authorIdOf(annotation)) &&
      (choices.tags.length === 0 || annotation.tags.some((tag) => choices.tags.includes(tag))) &&
      (choices.stances.length === 0 ||
        (annotation.stance !== undefined && choices.stances.includes(annotation.stance))),
  );
}

export interface AuthorChoice {
  id: string;
  label: string;
  count: number;
}

/**
 * Everyone who wrote one of these annotations, with how many each wrote; comments whose file
 * named no author go under `unnamed`, in the reader's language.
 */
export function authorsOf(annotations: readonly Annotation[], unnamed: string): AuthorChoice[] {
  const byId = new Map<string, { count: number; author: Annotation['author'] }>();
  for (const annotation of annotations) {
    if (annotation.deleted) continue;
    const id = authorIdOf(annotation);
    const known = byId.get(id) ?? { count: 0, author: annotation.author };
    known.count++;
    // Comments written before the profile had a name carry the same id with an empty name:
    // the name given later is the author's.
    if (annotation.author?.name && !known.author?.name) known.author = annotation.author;
    byId.set(id, known);
  }
  return [...byId.entries()]
    .map(([id, { count, author }]) => {
      const name = author?.name || unnamed;
      const label = author?.organisation ? `${name} (${author.organisation})` : name;
      return { id, label, count };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** How many live annotations each set holds among these. */
export function countBySet(annotations: readonly Annotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    if (!annotation.deleted) counts.set(annotation.setId, (counts.get(annotation.setId) ?? 0) + 1);
  }
  return counts;
}

/** "12 comments from 2 sets": what an export will hold. */
export function selectionSummary(
  selected: readonly Annotation[],
  { t }: Pick<Translator, 't'>,
): string {
  const sets = new Set(selected.map((annotation) => annotation.setId)).size;
  return t('export.summary', { comments: selected.length, sets });
}

/** General comments as typed: paragraphs separated by blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
