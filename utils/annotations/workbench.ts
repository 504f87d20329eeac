import type { OrphanReason } from '../anchoring/result.ts';
import { type Annotation, authorIdOf, type Stance } from '../formats/annotation.ts';

export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan';

export interface AnchorInfo {
  status: AnchorStatus;
  start?: number;
  score?: number;
  reason?: OrphanReason;
}

export interface WorkbenchFilter {
  text?: string;
  tag?: string;
  stance?: Stance;
  status?: AnchorStatus | 'unknown';
  setId?: string;
  authorId?: string;
}

export interface WorkbenchItem {
  annotation: Annotation;
  anchor?: AnchorInfo;
}

export interface ProvisionGroup {
  provision: string;
  items: WorkbenchItem[];
}

export interface WorkbenchView {
  groups: ProvisionGroup[];
  orphans: WorkbenchItem[];
  shown: number;
  total: number;
  counts: Record<AnchorStatus | 'unknown', number>;
}

/**
 * The side panel's list: comments that pass the filter, grouped by provision in document
 * order (where each one anchors now, else where it was made); orphans apart, with their reason.
 */
export function workbenchView(
  annotations: readonly Annotation[],
  anchors: ReadonlyMap<string, AnchorInfo>,
  filter: WorkbenchFilter,
): WorkbenchView {
  const counts = { exact: 0, fuzzy: 0, orphan: 0, unknown: 0 };
  const placed: WorkbenchItem[] = [];
  const orphans: WorkbenchItem[] = [];
  for (const annotation of annotations) {
    const anchor = anchors.get(annotation.id);
    counts[anchor?.status ?? 'unknown'] += 1;
    const item = anchor ? { annotation, anchor } : { annotation };
    if (!matches(item, filter)) continue;
    (anchor?.status === 'orphan' ? orphans : placed).push(item);
  }
  placed.sort((a, b) => documentPosition(a) - documentPosition(b));
  const groups: ProvisionGroup[] = [];
  for (const item of placed) {
    const last = groups.at(-1);
    if (last && last.provision === item.annotation.provision) last.items.push(item);
    else groups.push({ provision: item.annotation.provision, items: [item] });
  }
  return {
    groups,
    orphans,
    shown: placed.length + orphans.length,
    total: annotations.length,
    counts,
  };
}

function documentPosition(item: WorkbenchItem): number {
  return item.anchor?.start ?? item.annotation.target.position?.start ?? 0;
}

function matches({ annotation, anchor }: WorkbenchItem, filter: WorkbenchFilter): boolean {
  if (filter.tag && !annotation.tags.includes(filter.tag)) return false;
  if (filter.stance && annotation.stance !== filter.stance) return false;
  if (filter.status && (anchor?.status ?? 'unknown') !== filter.status) return false;
  if (filter.setId && annotation.setId !== filter.setId) return false;
  if (filter.authorId && authorIdOf(annotation) !== filter.authorId) return false;
  const needle = filter.text?.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [
    annotation.provision,
    annotation.target.quote.exact,
    annotation.comment,
    annotation.rationale,
    annotation.proposal?.text ?? '',
    annotation.tags.join(' '),
  ].some((field) => field.toLocaleLowerCase().includes(needle));
}

/** Every tag in use, for the filter's choices. */
export function tagsInUse(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.flatMap((annotation) => annotation.tags))].sort();
}

/** Every author with a comment here, for the filter's choices, by name (`unnamed` for none). */
export function authorsInUse(
  annotations: readonly Annotation[],
  unnamed: string,
): Array<{ id: string; name: string }> {
  const byId = new Map(
    annotations.map((annotation) => [authorIdOf(annotation), annotation.author?.name || unnamed]),
  );
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
