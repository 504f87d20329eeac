/** The set a user's comments go to unless they choose another; free of zod for the annotator. */
export const DEFAULT_SET_ID = 'my-comments';
