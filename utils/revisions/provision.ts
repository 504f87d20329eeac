/**
 * Whether two provision addresses name the same place. Addresses come from outlines of
 * different texts, so spacing and case are not evidence of a move (`Art. 7(1)` = `art.7 (1)`).
 */
export function sameProvision(a: string, b: string): boolean {
  return normaliseProvision(a) === normaliseProvision(b);
}

function normaliseProvision(address: string): string {
  return address.replace(/\s+/g, '').toLowerCase();
}
