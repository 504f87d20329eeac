/**
 * The draft's PDF from its address, for the viewer and the export alike. Fetched with the
 * extension's host access (UN servers send no CORS headers) and the user's cookies.
 */

/** Why the PDF did not come: each caller says it with the advice that fits where the user is. */
export class PdfDownloadError extends Error {
  override name = 'PdfDownloadError';
  constructor(
    readonly url: string,
    /** The server's HTTP status; absent when no answer came at all. */
    readonly status?: number,
  ) {
    super(
      status === undefined
        ? `could not download ${url}`
        : `the server answered ${status} for ${url}`,
    );
  }
}

export async function fetchPdf(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    throw new PdfDownloadError(url);
  }
  if (!response.ok) throw new PdfDownloadError(url, response.status);
  return new Uint8Array(await response.arrayBuffer());
}
