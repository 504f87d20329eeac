/** The SHA-256 of a PDF's bytes, in hex: what pdf.js read of them is stored and found by. */
export async function pdfDigest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  );
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
