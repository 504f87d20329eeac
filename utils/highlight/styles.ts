/**
 * The name of one layer's highlight for one status. Layers are numbered in the order they are
 * painted: layer ids are data and may hold characters a CSS identifier cannot.
 */
export function highlightName(layerIndex: number, status: 'exact' | 'fuzzy'): string {
  return `redline-layer${layerIndex}-${status}`;
}

/**
 * The look of a layer's highlights. The colour is laid over the text translucently, so the
 * words stay readable whatever the layer's colour and wherever the highlight is painted: behind
 * a page's own glyphs, or over the canvas in the PDF viewer, where the text layer's glyphs are
 * transparent and the highlight sits above the painted words (the viewer also multiplies its
 * text layer onto the canvas, so there the glyphs stay black). A fuzzy anchor is paler and
 * underlined with dashes, so a passage Redline is not sure of never looks like one it is
 * (DESIGN.md rule 5).
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

/**
 * How much of the layer's colour covers the paper. At 45 % the darkest colour Redline gives a layer
 * (Okabe–Ito blue, #0072b2) leaves black text at 10:1 contrast.
 */
const EXACT_STRENGTH = 45;
const FUZZY_STRENGTH = 25;

function translucent(colour: string, percent: number): string {
  return `color-mix(in srgb, ${colour} ${percent}%, transparent)`;
}

function declarations(layerColour: string, status: 'exact' | 'fuzzy'): string {
  const colour = HEX_COLOUR.test(layerColour) ? layerColour : FALLBACK_COLOUR;
  if (status === 'exact') return `background-color: ${translucent(colour, EXACT_STRENGTH)};`;
  return `background-color: ${translucent(colour, FUZZY_STRENGTH)}; text-decoration: underline dashed ${colour};`;
}
