// The pages' static assets: one small stylesheet, read once at start, served under a name that carries
// its hash so that browsers may keep it for a year (a changed file is a new name). No framework bundle,
// no web fonts: a candidate page on slow mobile data loads the HTML and these 2 KB.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Router } from 'express';

function readAsset(name: string): Buffer {
  // From the sources (tsx, jest) the file is beside this module; from dist/ (npm run build, the image)
  // it is in the sources' web/assets/, which the Dockerfile copies.
  const file = [
    path.join(__dirname, 'assets', name),
    path.join(__dirname, '..', '..', 'web', 'assets', name),
  ].find(existsSync);
  if (!file) throw new Error(`web asset ${name} not found beside ${__dirname}`);
  return readFileSync(file);
}

const css = readAsset('site.css');
/** The stylesheet's address, which every layout links. */
export const stylesheetPath = `/assets/site.${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;

const ratingScript = readAsset('me-rating.js');
/** The rating forms' small script (web/me/task-forms.tsx): the predikat shown as the ratings are chosen. */
export const ratingScriptPath = `/assets/me-rating.${createHash('sha256').update(ratingScript).digest('hex').slice(0, 12)}.js`;

export function mountAssets(router: Router): void {
  router.get(ratingScriptPath, (_req, res) => {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(ratingScript);
  });
  router.get(stylesheetPath, (_req, res) => {
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(css);
  });
}
