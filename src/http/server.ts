/** Runs the API on a port with @hono/node-server; loopback only unless told otherwise. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** Options of `startServer`. */
export interface ServerOptions {
  readonly app: Hono;
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1: nothing outside this machine can reach the API unless a host is chosen. */
  readonly host?: string;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stop accepting connections and wait for open requests to end. */
  close(): Promise<void>;
}

/** Start serving; resolves once listening. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const hostname = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: options.app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
