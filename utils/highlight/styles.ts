/**
 * The name of one layer's highlight for one status. Layers are numbered in the order they are
 * painted: layer ids are data and may hold characters a CSS identifier cannot.
 */
export function highlightName(layerIndex: number, status: 'exact' | 'fuzzy'): string {
  return `redline-layer${layerIndex}-${status}`;
}

/**
 * The look of a layer's highlights. A fuzzy anchor is paler and underlined with dashes, so a
 * passage Redline is not sure of never looks like one it is (DESIGN.md rule 5).
 */
export function highlightRule(name: string, colour: string, status: 'exact' | 'fuzzy'): string {
  return `::highlight(${name}) { ${declarations(colour, status)} }`;
}

/** The same look as an inline style, for the wrapping fallback's marks. */
export function markRule(colour: string, status: 'exact' | 'fuzzy'): string {
  return `${declarations(colour, status)} color: inherit;`;
}

/** A layer's colour comes from data (a colleague's file): anything but `#rrggbb` is refused. */
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOUR = '#ffd54f';

function declarations(layerColour: string, status: 'exact' | 'fuzzy'): string {
  const colour = HEX_COLOUR.test(layerColour) ? layerColour : FALLBACK_COLOUR;
  if (status === 'exact') return `background-color: ${colour};`;
  return `background-color: color-mix(in srgb, ${colour} 40%, transparent); text-decoration: underline dashed ${colour};`;
}
