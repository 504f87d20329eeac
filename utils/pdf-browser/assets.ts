/** Where the build puts pdfjs-dist's character maps and standard fonts inside the extension. */
export const PDFJS_ASSETS = 'pdfjs';
