// The media library API: upload an image (multipart), list and search, read, describe and delete items.

import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LedeError } from '../../domain/errors.js';
import { deleteMedia } from '../../operations/delete-media.js';
import { getMedia } from '../../operations/get-media.js';
import { listMedia } from '../../operations/list-media.js';
import { mediaPatchSchema, updateMedia } from '../../operations/update-media.js';
import { uploadMedia, type UploadInput } from '../../operations/upload-media.js';
import { idParams } from './api-schemas.js';
import { defineRoute } from './define-route.js';
import type { ApiDeps } from './route-spec.js';

const TEXT_FIELDS = ['alt', 'caption', 'credit'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const isTextField = (name: string): name is TextField =>
  (TEXT_FIELDS as readonly string[]).includes(name);

const variantSchema = z.object({
  width: z.number().int(),
  height: z.number().int(),
  url: z.string(),
});
const mediaSchema = z.object({
  id: z.number().int(),
  url: z.string().describe("the normalised original: put it in an image block's src"),
  name: z.string().describe('the name the file was uploaded with'),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  variants: z.array(variantSchema).describe('WebP, narrowest first, capped at the original width'),
  srcset: z.string(),
  sizes: z.string(),
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  uploadedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const useSchema = z.object({
  storyId: z.number().int(),
  edition: z.string(),
  title: z.string(),
  status: z.string(),
});

const uploadFields = z.object({
  file: z.string().meta({
    format: 'binary',
    description: 'a JPEG, PNG or WebP image (its type is told from its content, not its name)',
  }),
  alt: z.string().max(500).optional().describe('default alt text, needed before publishing'),
  caption: z.string().max(2000).optional(),
  credit: z.string().max(300).optional(),
});

/** Turns the multipart plugin's errors (limits, a broken stream) into the API's own. */
function multipartError(error: unknown, maxBytes: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new LedeError(
      'too_large',
      `file: larger than ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`,
      { field: 'file', maxBytes },
    );
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new LedeError(
      'invalid_input',
      'file: send one file, with at most alt, caption and credit',
      {
        field: 'file',
      },
    );
  if (code === 'FST_MP_PREMATURE_CLOSE' || code === 'FST_PROTO_VIOLATION')
    return new LedeError('invalid_input', 'the upload was cut off or malformed', { field: 'file' });
  return error;
}

/** Reads the parts of an upload: one file in `file`, texts in alt, caption and credit. */
async function readUpload(req: FastifyRequest, maxBytes: number): Promise<UploadInput> {
  if (!req.isMultipart())
    throw new LedeError(
      'unsupported_media',
      'send the image as multipart/form-data, in the field "file"',
      { field: 'file' },
    );
  const texts: Partial<Record<TextField, string>> = {};
  let file: { bytes: Buffer; filename: string } | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file)
          throw new LedeError('invalid_input', `${part.fieldname}: send one file, in "file"`, {
            field: part.fieldname,
          });
        file = { bytes: await part.toBuffer(), filename: part.filename };
      } else {
        if (!isTextField(part.fieldname))
          throw new LedeError('invalid_input', `${part.fieldname}: not a field of an upload`, {
            field: part.fieldname,
          });
        if (part.valueTruncated || typeof part.value !== 'string')
          throw new LedeError('invalid_input', `${part.fieldname}: too long`, {
            field: part.fieldname,
          });
        texts[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw multipartError(error, maxBytes);
  }
  if (!file)
    throw new LedeError('invalid_input', 'file: choose an image to upload', { field: 'file' });
  return { ...texts, ...file };
}

export function registerMediaRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { maxBytes } = deps.media;
  // The upload has its own scope: multipart bodies are read there only, and only by the
  // handler, so credentials, the permission and the CSRF token are checked before any byte.
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 3, parts: 4, fieldSize: 4000 },
    });
    defineRoute(scope, deps, {
      method: 'POST',
      url: '/api/media',
      permission: 'upload-media',
      status: 201,
      summary:
        'Upload an image (multipart/form-data): 415 when it is not JPEG, PNG or WebP, 413 above ' +
        'the size or pixel limit, 400 when damaged; answers the item with its WebP variants',
      tags: ['media'],
      multipart: uploadFields,
      response: mediaSchema,
      handler: async ({ actor, req, deps }) =>
        uploadMedia(deps, actor, await readUpload(req, maxBytes)),
    });
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/media',
    permission: 'upload-media',
    summary: 'The media library, newest first; q searches name, alt text, caption and credit',
    tags: ['media'],
    query: z.object({
      q: z.string().max(200).optional(),
      page: z.coerce.number().int().min(1).optional(),
      limit: z.coerce.number().int().min(1).max(100).optional(),
    }),
    response: z.object({
      items: z.array(mediaSchema),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      pages: z.number().int(),
    }),
    handler: async ({ actor, query, deps }) =>
      listMedia(deps, actor, {
        ...(query.q !== undefined ? { q: query.q } : {}),
        ...(query.page !== undefined ? { page: query.page } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      }),
  });

  defineRoute(app, deps, {
    method: 'GET',
    url: '/api/media/:id',
    permission: 'upload-media',
    summary: 'One media item, with the stories that show it',
    tags: ['media'],
    params: idParams,
    response: mediaSchema.extend({ usedBy: z.array(useSchema) }),
    handler: async ({ actor, params, deps }) => getMedia(deps, actor, params.id),
  });

  defineRoute(app, deps, {
    method: 'PATCH',
    url: '/api/media/:id',
    permission: 'upload-media',
    summary: "Change a media item's default alt text, caption or credit (stories keep theirs)",
    tags: ['media'],
    params: idParams,
    body: mediaPatchSchema,
    response: mediaSchema,
    handler: async ({ actor, params, body, deps }) => updateMedia(deps, actor, params.id, body),
  });

  defineRoute(app, deps, {
    method: 'DELETE',
    url: '/api/media/:id',
    permission: 'upload-media',
    summary:
      'Delete a media item and its files (who uploaded it, or an editor); 409 media_in_use ' +
      'while a story shows it',
    tags: ['media'],
    params: idParams,
    handler: async ({ actor, params, deps }) => {
      await deleteMedia(deps, actor, params.id);
      return undefined;
    },
  });
}
