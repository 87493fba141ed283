// Sends a page: typed JSX rendered to a string (preact-render-to-string, which escapes every value), never
// cached (a candidate's page holds their personal data).
import type { Response } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function sendPage(res: Response, page: VNode, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.send(`<!doctype html>${renderToString(page)}`);
}
