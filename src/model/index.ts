export * from './ids.js';
export * from './article.js';
export * from './errors.js';
export * from './features.js';
export * from './story.js';
export * from './summary.js';
export * from './quote.js';
