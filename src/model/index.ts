export * from './ids.js';
export * from './article.js';
export * from './errors.js';
