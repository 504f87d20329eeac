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

function declarations(colour: string, status: 'exact' | 'fuzzy'): string {
  if (status === 'exact') return `background-color: ${colour};`;
  return `background-color: color-mix(in srgb, ${colour} 40%, transparent); text-decoration: underline dashed ${colour};`;
}
