// The story body: each typed block as HTML carrying data-block, shared by the site and the feeds.

import type { ComponentChildren, JSX } from 'preact';
import type {
  AnswerBlock,
  Block,
  EmbedBlock,
  ImageBlock,
  ParagraphBlock,
  QuestionBlock,
  QuoteBlock,
} from '../../domain/blocks.js';
import type { EditionCode } from '../../domain/editions.js';
import { mediaSource, STORY_IMAGE_SIZES } from '../../domain/media.js';
import { InlineRuns } from './inline-runs.js';
import { imageSrc, webUrl } from './safe-url.js';
import { strings } from './strings.js';

const PROVIDERS: Record<EmbedBlock['provider'], string> = {
  youtube: 'YouTube',
  x: 'X',
  telegram: 'Telegram',
  link: '',
};

/** A credit that already names itself ("Фото: Report") gets no second prefix. */
const CREDIT_PREFIX = /^(foto|фото|photo)\s*:/iu;

/** A picture's credit as readers see it: "Фото: Report". */
export function creditText(credit: string, edition: EditionCode): string {
  return CREDIT_PREFIX.test(credit) ? credit : `${strings(edition).photo}: ${credit}`;
}

/** A paragraph; `lead` is put before its text (the speaker of a question or an answer). */
function Paragraph({ block, lead }: { block: ParagraphBlock; lead?: ComponentChildren }) {
  return (
    <p data-block="paragraph">
      {lead}
      <InlineRuns runs={block.content} />
    </p>
  );
}

/** Question or answer of an interview: its paragraphs, the speaker's name before the first one. */
function Exchange({ block }: { block: QuestionBlock | AnswerBlock }) {
  const kind = block.type;
  const speaker = block.speaker?.trim() ? (
    <>
      <strong class="speaker">{block.speaker.trim()}:</strong>{' '}
    </>
  ) : undefined;
  const [first, ...rest] = block.content;
  return (
    <div class={kind === 'question' ? 'qa-question' : 'qa-answer'} data-block={kind}>
      {first ? (
        <Paragraph block={first} lead={speaker} />
      ) : (
        speaker && <p data-block="paragraph">{speaker}</p>
      )}
      {rest.map((p) => (
        <Paragraph block={p} />
      ))}
    </div>
  );
}

function Quote({ block }: { block: QuoteBlock }) {
  const quote = (
    <blockquote data-block="quote">
      {block.content.map((p) => (
        <Paragraph block={p} />
      ))}
    </blockquote>
  );
  if (!block.cite?.trim()) return quote;
  return (
    <figure class="quote">
      {quote}
      <figcaption>
        <cite>{block.cite.trim()}</cite>
      </figcaption>
    </figure>
  );
}

function Image({ block, edition }: { block: ImageBlock; edition: EditionCode }) {
  const src = imageSrc(block.src);
  if (!src) return null;
  // A Lede upload: its WebP variants in srcset, its size from its URL when the block has none.
  const media = mediaSource(src);
  const caption = block.caption?.trim();
  const credit = block.credit?.trim();
  return (
    <figure class="image" data-block="image">
      <img
        src={src}
        srcset={media?.srcset}
        sizes={media ? STORY_IMAGE_SIZES : undefined}
        alt={block.alt}
        width={block.width ?? media?.width}
        height={block.height ?? media?.height}
        loading="lazy"
        decoding="async"
      />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {caption && credit && ' '}
          {credit && <span class="credit">{creditText(credit, edition)}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** An embed as a plain link card: no iframe, no third-party script. */
function Embed({ block }: { block: EmbedBlock }) {
  const url = webUrl(block.url);
  const title = block.title?.trim();
  if (!url) {
    return (
      <p class="embed" data-block="embed">
        {title || block.url}
      </p>
    );
  }
  const provider = PROVIDERS[block.provider] || url.hostname.replace(/^www\./, '');
  return (
    <p class="embed" data-block="embed">
      <a href={url.href} rel="nofollow noopener">
        <span class="embed-provider">{provider}</span>
        <span class="embed-title">{title || url.href}</span>
      </a>
    </p>
  );
}

function BlockView({ block, edition }: { block: Block; edition: EditionCode }) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph block={block} />;
    case 'heading': {
      const Tag = block.level === 3 ? 'h3' : 'h2';
      return (
        <Tag data-block="heading">
          <InlineRuns runs={block.content} />
        </Tag>
      );
    }
    case 'question':
    case 'answer':
      return <Exchange block={block} />;
    case 'quote':
      return <Quote block={block} />;
    case 'image':
      return <Image block={block} edition={edition} />;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag data-block="list">
          {block.items.map((item) => (
            <li>
              <InlineRuns runs={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'embed':
      return <Embed block={block} />;
  }
}

export function StoryBody(props: { blocks: Block[]; edition: EditionCode }): JSX.Element {
  return (
    <div class="story-body">
      {props.blocks.map((block) => (
        <BlockView block={block} edition={props.edition} />
      ))}
    </div>
  );
}
