// The content API's answers for the OpenAPI document: a ninjs 2.2 item, a page of the change stream, a NewsML-G2 item.

import type { RouteDoc } from '../http/route-record.js';
import { NEWSML_MEDIA_TYPE } from './newsml.js';
import { NINJS_SCHEMA_URI } from './ninjs.js';

const text = { type: 'string' };
const roleValue = {
  type: 'object',
  properties: { role: text, value: text },
  required: ['role', 'value'],
};
const subject = {
  type: 'object',
  properties: { name: text, uri: text, literal: text, rel: text },
  required: ['name', 'uri'],
};

/** The properties of a ninjs item that Lede fills; the standard's schema is the full contract. */
const ninjsItem = {
  type: 'object',
  description: `An IPTC ninjs 2.2 news item, valid against ${NINJS_SCHEMA_URI}`,
  externalDocs: { url: NINJS_SCHEMA_URI },
  properties: {
    uri: { type: 'string', description: "the story's stable URN" },
    type: { const: 'text' },
    representationtype: { enum: ['full', 'partial'] },
    standard: {
      type: 'object',
      properties: { name: { const: 'ninjs' }, version: { const: '2.2' }, schema: text },
    },
    version: { type: 'string', description: 'grows with each published change' },
    firstcreated: { type: 'string', format: 'date-time' },
    versioncreated: { type: 'string', format: 'date-time' },
    contentcreated: { type: 'string', format: 'date-time' },
    embargoed: { type: 'string', format: 'date-time', description: 'not before this time' },
    pubstatus: {
      enum: ['usable', 'withheld', 'canceled'],
      description: 'withheld: withdrawn; canceled: killed for good',
    },
    language: { type: 'string', description: 'the edition: az, ru, en' },
    copyrightholder: text,
    slugline: text,
    headlines: { type: 'array', items: roleValue },
    descriptions: {
      type: 'array',
      items: { type: 'object', properties: { role: text, contenttype: text, value: text } },
    },
    bodies: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          role: text,
          contenttype: text,
          value: text,
          charcount: { type: 'integer' },
          wordcount: { type: 'integer' },
        },
      },
    },
    by: text,
    subjects: { type: 'array', items: subject },
    genres: {
      type: 'array',
      items: { type: 'object', properties: { name: text, uri: text, literal: text } },
    },
    altids: { type: 'array', items: roleValue },
    ednote: { type: 'string', description: 'a note to editors (a withdrawn or killed story)' },
    associations: {
      type: 'array',
      description: 'the translations of the story in the other editions',
      items: {
        type: 'object',
        properties: {
          name: text,
          uri: text,
          type: { const: 'text' },
          language: text,
          headlines: { type: 'array', items: roleValue },
          altids: { type: 'array', items: roleValue },
        },
      },
    },
  },
  required: [
    'uri',
    'type',
    'representationtype',
    'standard',
    'version',
    'firstcreated',
    'versioncreated',
    'pubstatus',
    'language',
    'copyrightholder',
    'slugline',
    'headlines',
    'altids',
  ],
};

const ninjsPage = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { $ref: '#/components/schemas/NinjsItem' } },
    next: {
      type: ['string', 'null'],
      description: 'the `since` of the next page; null when nothing changed yet',
    },
    more: { type: 'boolean', description: 'whether the next page already has changes' },
  },
  required: ['items', 'next', 'more'],
};

const schemas = { NinjsItem: ninjsItem, NinjsPage: ninjsPage };
const tags = ['partner'];
const caching = {
  etag: 'revalidate with If-None-Match; an unchanged answer is 304',
  'cache-control': 'private, no-cache',
};

export const ninjsItemDoc: RouteDoc = {
  summary: 'One story as a ninjs 2.2 item (published, embargoed for subscribers, or withdrawn)',
  tags,
  content: { 'application/json': { $ref: '#/components/schemas/NinjsItem' } },
  headers: caching,
  schemas,
  errors: { '404': 'No such story for subscribers' },
};

export const ninjsStreamDoc: RouteDoc = {
  summary: 'The change stream: stories as ninjs items in the order they changed, page by page',
  description:
    'Start without `since`; then pass the `next` of each page (also in the Link header) to get ' +
    'what changed after it. A withdrawn story comes back with pubstatus withheld or canceled.',
  tags,
  content: { 'application/json': { $ref: '#/components/schemas/NinjsPage' } },
  headers: { ...caching, link: '<…?since=…>; rel="next": the next page' },
  schemas,
};

export const newsmlItemDoc: RouteDoc = {
  summary: 'One story as a NewsML-G2 newsItem',
  tags,
  content: {
    [NEWSML_MEDIA_TYPE]: {
      type: 'string',
      description: 'an IPTC NewsML-G2 newsItem document (XML)',
    },
  },
  headers: caching,
  errors: { '404': 'No such story for subscribers' },
};
