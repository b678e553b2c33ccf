// Types of action/comment.mjs, for the tests that call it directly.
/** The hidden first line by which the action finds its comment again and updates it. */
export declare const marker: string;
/** The longest comment body the action posts, in UTF-16 code units. */
export declare const commentLimit: number;
/** Puts a zero-width joiner after each `@` that starts a mention. */
export declare function neutraliseMentions(text: string): string;
/** The job summary's address on the run's page, from the runner's environment. */
export declare function summaryLink(env: Record<string, string | undefined>): string | undefined;
/** The comment body for a diff's Markdown, within `limit`. */
export declare function commentBody(diff: string, options?: { lang?: 'nl' | 'en'; link?: string | undefined; limit?: number }): string;
/** The job summary's note when `jaarplan totals` refused the plans. */
export declare function refusedNote(message: string, options?: { lang?: 'nl' | 'en' }): string;
