// Validators for the standards (ninjs, JSON Feed, NewsML-G2, sitemaps), offline, from the official schemas in test/standards/.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The official schemas, kept unchanged with their licences in test/standards/ (see its README). */
export const STANDARDS = new URL('../standards/', import.meta.url);
export const standardsPath = (rel: string) => new URL(rel, STANDARDS).pathname;

const readJson = (rel: string): unknown => JSON.parse(readFileSync(standardsPath(rel), 'utf8'));

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv | Ajv2020) => void;

/** ninjs 2.2 with Ajv's 2020-12 build, formats enforced, GeoJSON preloaded. */
export function ninjsValidator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson('ninjs/schema/GeoJSON-schema.json') as object);
  return ajv.compile(readJson('ninjs/schema/ninjs-schema_2.2.json') as object);
}

/** The official ninjs 2.2 documents that must fail, with their file names. */
export function ninjsShouldFail(): { file: string; doc: unknown }[] {
  const dir = 'ninjs/test_suite/2.2/should_fail/';
  return readdirSync(standardsPath(dir))
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, doc: readJson(dir + file) }));
}

/** JSON Feed 1.1 with Ajv's default draft-07 build. */
export function jsonFeedValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson('jsonfeed/schema-v1.1.json') as object);
}

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
export const NO_XMLLINT = 'xmllint is not installed (apt-get install -y libxml2-utils)';

export const XSD = {
  newsml: standardsPath('newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd'),
  sitemap: standardsPath('sitemaps/sitemap.xsd'),
  siteindex: standardsPath('sitemaps/siteindex.xsd'),
};

/** Validates a document against an XSD with xmllint, offline; returns xmllint's verdict. */
export function xmllint(xml: string, xsd?: string): { ok: boolean; output: string } {
  const args = ['--noout', '--nonet', ...(xsd ? ['--schema', xsd] : []), '-'];
  const run = spawnSync('xmllint', args, { input: xml, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A sitemap without the news: and xhtml: extensions, which sitemap.xsd's strict wildcard refuses. */
export function withoutSitemapExtensions(xml: string): string {
  return xml.replace(/<xhtml:link\b[^>]*\/>/g, '').replace(/<news:news>[\s\S]*?<\/news:news>/g, '');
}
