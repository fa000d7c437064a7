// The story body: each typed block as HTML carrying data-block, shared by the site and the feeds.

import type { ComponentChildren, JSX } from 'preact';
import type {
  AnswerBlock,
  Block,
  EmbedBlock,
  GalleryBlock,
  ImageBlock,
  ParagraphBlock,
  QuestionBlock,
  QuoteBlock,
  VideoBlock,
} from '../../domain/blocks.js';
import { videoPlayerUrl } from '../../domain/video.js';
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

/** A picture of the body: a Lede upload gets its variants in srcset and its size from its URL. */
function BodyPicture(props: {
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
  sizes?: string;
}) {
  const media = mediaSource(props.src);
  return (
    <img
      src={props.src}
      srcset={media?.srcset}
      sizes={media ? (props.sizes ?? STORY_IMAGE_SIZES) : undefined}
      alt={props.alt}
      width={props.width ?? media?.width}
      height={props.height ?? media?.height}
      loading="lazy"
      decoding="async"
    />
  );
}

function Caption(props: {
  caption?: string | undefined;
  credit?: string | undefined;
  edition: EditionCode;
}) {
  const caption = props.caption?.trim();
  const credit = props.credit?.trim();
  if (!caption && !credit) return null;
  return (
    <figcaption>
      {caption}
      {caption && credit && ' '}
      {credit && <span class="credit">{creditText(credit, props.edition)}</span>}
    </figcaption>
  );
}

/** Several pictures, each with its caption: a grid on wide screens, one column on phones. */
function Gallery({ block, edition }: { block: GalleryBlock; edition: EditionCode }) {
  const shown = block.images.filter((img) => imageSrc(img.src));
  if (shown.length === 0) return null;
  return (
    <figure class="gallery-block" data-block="gallery">
      <ul class="gallery">
        {shown.map((img) => (
          <li>
            <figure>
              <BodyPicture
                src={imageSrc(img.src)!}
                alt={img.alt}
                width={img.width}
                height={img.height}
                sizes="(min-width: 48rem) 16rem, 100vw"
              />
              <Caption caption={img.caption} credit={img.credit} edition={edition} />
            </figure>
          </li>
        ))}
      </ul>
      {block.caption?.trim() && <figcaption>{block.caption.trim()}</figcaption>}
    </figure>
  );
}

const WATCH: Record<EditionCode, string> = {
  az: 'Videoya baxın',
  ru: 'Смотреть видео',
  en: 'Watch the video',
};

/**
 * A video as its poster linking to the video's page: nothing of the provider loads with the
 * page. The site's script (video.js) swaps in the player (data-player) when the reader clicks.
 */
function Video({ block, edition }: { block: VideoBlock; edition: EditionCode }) {
  const url = webUrl(block.url);
  if (!url) return null;
  const player = videoPlayerUrl(block);
  const poster = block.poster ? imageSrc(block.poster) : null;
  const title = block.title?.trim();
  const label = title ? `${WATCH[edition]}: ${title}` : WATCH[edition];
  return (
    <figure class="video" data-block="video">
      <a
        class="video-poster"
        href={url.href}
        rel="nofollow noopener"
        aria-label={label}
        {...(player ? { 'data-player': player } : {})}
      >
        {poster ? <BodyPicture src={poster} alt="" /> : <span class="video-blank" />}
        <span class="video-play" aria-hidden="true" />
      </a>
      <Caption caption={block.caption ?? title} credit={block.credit} edition={edition} />
    </figure>
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
    case 'gallery':
      return <Gallery block={block} edition={edition} />;
    case 'video':
      return <Video block={block} edition={edition} />;
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
