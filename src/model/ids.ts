/** Nominal string types: an ArticleId cannot be passed where a StoryId is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Content-derived id of one article (16 hex digits). */
export type ArticleId = Brand<string, 'ArticleId'>;
/** Id of a story, stable for the life of a corpus (`s` + 6+ digits in arrival order). */
export type StoryId = Brand<string, 'StoryId'>;

export const asArticleId = (s: string): ArticleId => s as ArticleId;
export const asStoryId = (s: string): StoryId => s as StoryId;
