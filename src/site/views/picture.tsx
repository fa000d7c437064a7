// A responsive picture: srcset and sizes from the variants, width and height against layout shift, eager only where told.

import type { PictureView } from '../view-models.js';

export function Picture({ picture, class: className }: { picture: PictureView; class?: string }) {
  return (
    <img
      class={[className, picture.focusClass].filter(Boolean).join(' ')}
      src={picture.src}
      srcset={picture.srcset}
      sizes={picture.sizes}
      width={picture.width}
      height={picture.height}
      alt={picture.alt}
      decoding="async"
      {...(picture.eager ? { fetchpriority: 'high' } : { loading: 'lazy' })}
    />
  );
}
