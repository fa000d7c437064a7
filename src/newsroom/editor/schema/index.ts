// The story body's ProseMirror schema, assembled from one file per node and mark; loads in Node without a DOM.

import { Schema } from 'prosemirror-model';
import { answer } from './answer.js';
import { bold } from './bold.js';
import { bulletList } from './bullet-list.js';
import { doc } from './doc.js';
import { editorNote } from './editor-note.js';
import { embed } from './embed.js';
import { gallery } from './gallery.js';
import { video } from './video.js';
import { heading } from './heading.js';
import { image } from './image.js';
import { italic } from './italic.js';
import { link } from './link.js';
import { listItem } from './list-item.js';
import { orderedList } from './ordered-list.js';
import { paragraph } from './paragraph.js';
import { question } from './question.js';
import { quote } from './quote.js';
import { text } from './text.js';

/**
 * Node order matters: the first block node (paragraph) is what ProseMirror fills with.
 * Mark order is the story model's MARKS order, so marks come back in the order they are stored.
 */
export const storySchema = new Schema({
  nodes: {
    doc,
    paragraph,
    heading,
    question,
    answer,
    quote,
    image,
    bullet_list: bulletList,
    ordered_list: orderedList,
    list_item: listItem,
    embed,
    gallery,
    video,
    text,
  },
  marks: { bold, italic, link, editorNote },
});

export type StorySchema = typeof storySchema;
