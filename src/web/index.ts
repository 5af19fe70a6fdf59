/**
 * The web views of Retold: served pages (`webApp`, a Hono app to mount at `/`) and the same views in one
 * static page (`renderStaticReport`), both over the report objects of src/present/report.ts.
 */
export { webApp, parseStoryQuery, type WebAppOptions } from './app.js';
export {
  reportWebData,
  filterStories,
  storyOrder,
  compareTexts,
  ReportIndex,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  type WebData,
  type StoryQuery,
  type StorySort,
  type StoryPage,
  type ArticleView,
  type CompareView,
} from './data.js';
export { storeWebData } from './store-data.js';
export { WEB_CSP, STATIC_CSP } from './layout.js';
export { renderStaticReport, type StaticReportOptions } from '../present/html-report.js';
