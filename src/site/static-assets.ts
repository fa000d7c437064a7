// The public site's static files: read once, CSS minified, each named by a hash of its content (/assets/site.<hash>.css);
// the stylesheet also as the text pages carry in their <style>, with its Content-Security-Policy hash.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';
import { codeRoot } from '../platform/code-root.js';

export interface StaticAsset {
  /** The file's own name in the assets folder ("site.css"). */
  name: string;
  /** Where it is served, its content's hash in the name ("/assets/site.1a2b3c4d5e.css"). */
  url: string;
  contentType: string;
  /** The bytes served (minified for CSS). */
  body: Buffer;
  /** The content hash, also the asset's entity tag. */
  hash: string;
}

export const ASSETS_PREFIX = '/assets/';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const ASSETS_DIR = path.join(codeRoot(import.meta.url), 'site', 'assets');

/** The bytes a file is served as: CSS minified, the rest as it is. */
function served(file: string, bytes: Buffer): Buffer {
  if (path.extname(file) !== '.css') return bytes;
  return Buffer.from(transform({ filename: file, code: bytes, minify: true }).code);
}

/** Reads every file of the folder, by its own name. */
export function loadStaticAssets(dir: string = ASSETS_DIR): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const name of readdirSync(dir).sort()) {
    const ext = path.extname(name);
    const contentType = TYPES[ext];
    if (!contentType) continue;
    const body = served(name, readFileSync(path.join(dir, name)));
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
    const url = `${ASSETS_PREFIX}${path.basename(name, ext)}.${hash}${ext}`;
    assets.set(name, { name, url, contentType, body, hash });
  }
  return assets;
}

let assets: Map<string, StaticAsset> | undefined;

/** The site's assets, read on first use; the files do not change while the process runs. */
export function staticAssets(): Map<string, StaticAsset> {
  return (assets ??= loadStaticAssets());
}

/** The address a page links for one of the site's files ("site.css"). */
export function assetUrl(name: string): string {
  const asset = staticAssets().get(name);
  if (!asset) throw new Error(`no such asset: ${name}`);
  return asset.url;
}

/** A stylesheet as pages carry it in a <style> element, and the source that policy allows it by. */
export interface InlineStyle {
  /** The minified CSS, the element's whole text. */
  css: string;
  /** The CSP source matching exactly that text ("'sha256-…'"), for style-src. */
  cspSource: string;
}

const inlineStyles = new Map<string, InlineStyle>();

/**
 * One of the site's stylesheets to put in the page itself ("site.css"). Linked, it arrived after
 * the HTML was parsed, and Chromium laid the page out once without it (its form filler measures
 * the forms at DOMContentLoaded) and again with it; in the page, there is one layout and no
 * request to wait for before the first paint.
 */
export function inlineStyle(name: string): InlineStyle {
  let style = inlineStyles.get(name);
  if (!style) {
    const asset = staticAssets().get(name);
    if (!asset || path.extname(name) !== '.css') throw new Error(`no such stylesheet: ${name}`);
    const css = asset.body.toString('utf8');
    // The text of a <style> element ends at the first "</style"; a stylesheet holding one would
    // spill into the page.
    if (/<\/style/i.test(css)) throw new Error(`${name} holds "</style" and cannot go in a page`);
    const digest = createHash('sha256').update(css, 'utf8').digest('base64');
    style = { css, cspSource: `'sha256-${digest}'` };
    inlineStyles.set(name, style);
  }
  return style;
}
