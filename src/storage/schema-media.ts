// Table types of the media library: uploaded images and their variants.

import type { Generated } from 'kysely';

export interface MediaTable {
  id: Generated<number>;
  /** Folder of the files in media storage: content hash and a random part ("<20 hex>-<8 hex>"). */
  key: string;
  /** sha256 (hex) of the uploaded bytes. */
  hash: string;
  original_name: string;
  mime: string;
  /** Upright size of the normalised original. */
  width: number;
  height: number;
  /** Size of the stored original, in bytes. */
  bytes: number;
  /** The default alt text offered when the image is put in a story. */
  alt: string;
  caption: string | null;
  credit: string | null;
  uploaded_by: number | null;
  created_at: string;
  updated_at: string;
  /** JSON text of the variants: {width, height, bytes}[], narrowest first. */
  variants: string;
  /** Case-folded name, alt, caption and credit (nameKey) for the library's search. */
  search_key: string;
}
