import type { Translator } from '../i18n/translate.ts';
import type { AnnotationSetInfo } from './annotation-set.ts';
import { DEFAULT_SET_ID } from './default-set.ts';
import type { Profile } from './profile.ts';

/** The first set's stored name: files and merges keep it as it is, people read it translated. */
export const DEFAULT_SET_NAME = 'My comments';
export const OWN_SET_COLOUR = '#ffd54f';

/**
 * Okabe and Ito's palette for colour-blind readers ("Color Universal Design", 2008), without its
 * black: highlights sit behind black text, so every colour here keeps that text readable.
 */
export const LAYER_PALETTE = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#0072b2',
  '#f0e442',
] as const;

type Owner = NonNullable<AnnotationSetInfo['owner']>;

/** Who a set belongs to, from the profile: only what the user filled in. */
export function ownerFromProfile(profile: Pick<Profile, 'authorName' | 'organisation'>): Owner {
  const author = profile.authorName.trim();
  const organisation = profile.organisation.trim();
  return { ...(author && { author }), ...(organisation && { organisation }) };
}

/** The set a user's first comment goes to, named after its owner's profile. */
export function defaultSet(
  profile: Pick<Profile, 'authorName' | 'organisation'>,
  now: string,
): AnnotationSetInfo {
  const owner = ownerFromProfile(profile);
  return {
    id: DEFAULT_SET_ID,
    name: DEFAULT_SET_NAME,
    colour: OWN_SET_COLOUR,
    origin: 'own',
    visible: true,
    createdAt: now,
    updatedAt: now,
    ...(Object.keys(owner).length > 0 && { owner }),
  };
}

/** A set's name as its reader sees it: the default name in the UI language. */
export function shownSetName(name: string, { t }: Pick<Translator, 't'>): string {
  return name === DEFAULT_SET_NAME ? t('sets.defaultName') : name;
}

/** How a layer is named where people tell layers apart: its name and whose it is. */
export function layerLabel(
  set: Pick<AnnotationSetInfo, 'name' | 'owner'>,
  words: Pick<Translator, 't'>,
): string {
  const name = shownSetName(set.name, words);
  const owner = [set.owner?.author, set.owner?.organisation].filter(Boolean).join(', ');
  return owner ? `${name} — ${owner}` : name;
}

function rgb(colour: string): [number, number, number] {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Colours this close look alike as highlights, for anyone. */
const TOO_CLOSE = 80;

function close(a: string, b: string): boolean {
  const [ar, ag, ab] = rgb(a);
  const [br, bg, bb] = rgb(b);
  return Math.hypot(ar - br, ag - bg, ab - bb) < TOO_CLOSE;
}

/**
 * The colour a new layer shows in: its own unless it looks like a layer already shown, else the
 * first palette colour unlike all of them (cycling once the palette is used up).
 */
export function distinctColour(wanted: string, taken: readonly string[]): string {
  const clashes = (colour: string) => taken.some((other) => close(colour, other));
  if (!clashes(wanted)) return wanted;
  return (
    LAYER_PALETTE.find((colour) => !clashes(colour)) ??
    (LAYER_PALETTE[taken.length % LAYER_PALETTE.length] as string)
  );
}

/**
 * The colours a file's sets show in here. A colleague's layer keeps the colour this browser gave
 * it (a recolour is local, and a re-import does not undo it); a new layer keeps its own colour
 * unless it looks like one already shown, then it gets a distinct one from the palette.
 */
export function colourIncomingSets<T extends { id: string; colour: string }>(
  incoming: readonly T[],
  local: ReadonlyMap<string, Pick<AnnotationSetInfo, 'colour' | 'origin'>>,
): T[] {
  const taken = [...local.values()].map((set) => set.colour);
  return incoming.map((set) => {
    const known = local.get(set.id);
    if (known?.origin === 'imported') return { ...set, colour: known.colour };
    if (known) return set;
    const colour = distinctColour(set.colour, taken);
    taken.push(colour);
    return colour === set.colour ? set : { ...set, colour };
  });
}
