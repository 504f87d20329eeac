/** The pages Redline looks at by itself: UN sites (any other page only when the user asks). */
export const UN_PAGE_MATCHES = ['*://*.unodc.org/*', '*://*.un.org/*', '*://undocs.org/*'];
