/** The HTTP JSON API: the app (hono), its OpenAPI document, and a server for it. */
export { createApp, type ApiOptions, type HttpErrorCode } from './app.js';
export { openApiDocument } from './openapi.js';
export { startServer, type ServerOptions, type RunningServer } from './server.js';
