// The HTML document around every page: head tags, skip link, header, <main id="main"> and footer.

import type { ComponentChildren } from 'preact';
import type { ChromeView, SideView } from '../view-models.js';
import { SideColumn } from './side-column.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';
import { strings } from './strings.js';
import { assetUrl, inlineStyle } from '../static-assets.js';

export interface LayoutProps {
  chrome: ChromeView;
  /** Page kind, set on <body> as a class for the stylesheet. */
  page: 'home' | 'story' | 'list' | 'error';
  /** Extra tags for <head> (rel=prev/next, og:type). */
  head?: ComponentChildren;
  /** List pages: the side column beside the content (below it on phones). */
  side?: SideView;
  children?: ComponentChildren;
}

/** "<title>": the page's title, then the site name (once, when the title is the site name). */
export function documentTitle(chrome: ChromeView): string {
  const title = chrome.title.trim();
  const site = chrome.edition.siteName;
  return title && title !== site ? `${title} | ${site}` : site;
}

/** OpenGraph locales of the editions' languages (language_TERRITORY). */
const OG_LOCALES: Record<string, string> = { az: 'az_AZ', ru: 'ru_RU', en: 'en_US' };

/** A site path made absolute on the public origin, when the view has one. */
function absolute(chrome: ChromeView, url: string): string {
  return chrome.origin ? new URL(url, `${chrome.origin}/`).href : url;
}

function HeadTags({ chrome }: { chrome: ChromeView }) {
  const { edition } = chrome;
  const description = chrome.description?.trim() || strings(edition.code).tagline;
  const translations = chrome.alternates.filter(
    (a) => a.isTranslation && a.edition.code !== edition.code,
  );
  const canonical = absolute(chrome, chrome.canonical);
  const title = chrome.title.trim() || edition.siteName;
  return (
    <>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{documentTitle(chrome)}</title>
      <meta name="description" content={description} />
      {chrome.robots && <meta name="robots" content={chrome.robots} />}
      <link rel="canonical" href={canonical} />
      {translations.length > 0 && (
        <link rel="alternate" hreflang={edition.language} href={canonical} />
      )}
      {translations.map((a) => (
        <link rel="alternate" hreflang={a.edition.language} href={absolute(chrome, a.url)} />
      ))}
      {chrome.feeds?.map((f) => (
        <link rel="alternate" type={f.type} title={f.title} href={f.url} />
      ))}
      {/* In the page, not linked: see inlineStyle. */}
      <style dangerouslySetInnerHTML={{ __html: inlineStyle('site.css').css }} />
      <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
      <meta name="theme-color" content="#0b3d6e" />
      <meta property="og:site_name" content={edition.siteName} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {chrome.origin && <meta property="og:url" content={canonical} />}
      <meta property="og:locale" content={OG_LOCALES[edition.language] ?? edition.language} />
      {translations.map((a) => (
        <meta
          property="og:locale:alternate"
          content={OG_LOCALES[a.edition.language] ?? a.edition.language}
        />
      ))}
      {chrome.image && <meta property="og:image" content={chrome.image} />}
      {chrome.image && chrome.imageWidth && (
        <meta property="og:image:width" content={String(chrome.imageWidth)} />
      )}
      {chrome.image && chrome.imageHeight && (
        <meta property="og:image:height" content={String(chrome.imageHeight)} />
      )}
      {chrome.image && chrome.imageAlt && (
        <meta property="og:image:alt" content={chrome.imageAlt} />
      )}
      <meta name="twitter:card" content={chrome.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {chrome.image && <meta name="twitter:image" content={chrome.image} />}
    </>
  );
}

export function Layout({ chrome, page, head, side, children }: LayoutProps) {
  const { edition } = chrome;
  return (
    <html lang={edition.language}>
      <head>
        <HeadTags chrome={chrome} />
        {head}
      </head>
      <body class={`page-${page}`}>
        <a class="skip-link" href="#main">
          {strings(edition.code).skipToContent}
        </a>
        <SiteHeader chrome={chrome} />
        <main id="main" class={side ? 'wrap with-side' : 'wrap'} tabindex={-1}>
          {side ? <div class="main-column">{children}</div> : children}
          {side && <SideColumn side={side} edition={edition} />}
        </main>
        <SiteFooter chrome={chrome} />
      </body>
    </html>
  );
}
