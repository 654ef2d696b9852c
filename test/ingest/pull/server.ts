import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, hits: number) => void | Promise<void>;

export interface TestServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  base: string;
  url(path: string): string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  /** Request headers of the last request per path. */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  /** Largest number of requests in flight at once. */
  maxInFlight(): number;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 with routes set per test; unknown paths answer 404. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  let inFlight = 0;
  let peak = 0;
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    lastHeaders.set(path, req.headers);
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => inFlight--);
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await handler(req, res, count);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path) => `${base}${path}`,
    hits,
    lastHeaders,
    maxInFlight: () => peak,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function html(body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

export function xml(body: string, type = 'application/rss+xml'): Handler {
  return (_req, res) => void res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
}

/** A news page long enough for Readability and language identification. */
export function articlePage(title: string, paragraphs: string[], extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>${extraHead}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Example News</footer></body></html>`;
}

export const ENGLISH_PARAGRAPHS = [
  'The defence ministers of France and Morocco signed an agreement on Tuesday to expand joint naval exercises in the Mediterranean, officials said.',
  'Under the agreement, the two countries will hold at least two exercises a year and share information on maritime traffic, according to a statement from the French ministry.',
  'The minister said the deal would strengthen cooperation against smuggling and illegal fishing, and that the first exercise would take place next spring off the coast of Tangier.',
];

export const FRENCH_PARAGRAPHS = [
  'Les ministres de la Défense de la France et du Maroc ont signé mardi un accord pour étendre les exercices navals conjoints en Méditerranée, selon des responsables.',
  'Aux termes de cet accord, les deux pays organiseront au moins deux exercices par an et partageront des informations sur le trafic maritime, selon un communiqué du ministère français.',
  'Le ministre a déclaré que cet accord renforcerait la coopération contre la contrebande et la pêche illégale, et que le premier exercice aurait lieu au printemps prochain.',
];

export function rss(items: { title: string; link: string; guid?: string; date?: string }[], channelTitle = 'Example News'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${channelTitle}</title><link>http://example.invalid/</link><description>News</description><language>en</language>
${items
  .map(
    (i) =>
      `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<description>Summary of ${i.title}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
