/** A short, stable fingerprint of a document version's text (SHA-256, first 16 hex digits). */
export async function fingerprintText(text: string): Promise<string> {
  const normalised = text.replace(/\s+/g, ' ').trim();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalised));
  return [...new Uint8Array(digest).slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}
