// Writes WordPress exports (WXR 1.2) for tests and benches: a channel with categories and authors, and posts.

export interface WxrPost {
  id: number;
  title: string;
  content: string;
  slug?: string;
  link?: string;
  status?: string;
  type?: string;
  creator?: string;
  date?: string;
  dateGmt?: string;
  excerpt?: string;
  categories?: string[];
  tags?: string[];
  language?: string;
  translations?: string;
  thumbnail?: number;
  attachmentUrl?: string;
  comments?: number;
}

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function wxrHead(
  site: string,
  categories: { nicename: string; name: string; parent?: string }[] = [],
  authors: { login: string; name: string }[] = [],
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Test site</title>
<link>${site}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${site}</wp:base_site_url>
${authors.map((a) => `<wp:author><wp:author_login>${cdata(a.login)}</wp:author_login><wp:author_display_name>${cdata(a.name)}</wp:author_display_name></wp:author>`).join('\n')}
${categories.map((c) => `<wp:category><wp:category_nicename>${c.nicename}</wp:category_nicename><wp:category_parent>${c.parent ?? ''}</wp:category_parent><wp:cat_name>${cdata(c.name)}</wp:cat_name></wp:category>`).join('\n')}
`;
}

export function wxrItem(p: WxrPost, site: string): string {
  const date = p.date ?? '2025-12-05 14:30:00';
  return `<item>
<title>${cdata(p.title)}</title>
<link>${p.link ?? `${site}/?p=${p.id}`}</link>
<guid isPermaLink="false">${site}/?p=${p.id}</guid>
${p.creator ? `<dc:creator>${cdata(p.creator)}</dc:creator>` : ''}
<content:encoded>${cdata(p.content)}</content:encoded>
<excerpt:encoded>${cdata(p.excerpt ?? '')}</excerpt:encoded>
<wp:post_id>${p.id}</wp:post_id>
<wp:post_date>${date}</wp:post_date>
<wp:post_date_gmt>${p.dateGmt ?? '0000-00-00 00:00:00'}</wp:post_date_gmt>
<wp:post_name>${p.slug ?? ''}</wp:post_name>
<wp:status>${p.status ?? 'publish'}</wp:status>
<wp:post_type>${p.type ?? 'post'}</wp:post_type>
${p.attachmentUrl ? `<wp:attachment_url>${p.attachmentUrl}</wp:attachment_url>` : ''}
${(p.categories ?? []).map((c) => `<category domain="category" nicename="${c}">${cdata(c)}</category>`).join('')}
${(p.tags ?? []).map((t) => `<category domain="post_tag" nicename="${encodeURIComponent(t)}">${cdata(t)}</category>`).join('')}
${p.language ? `<category domain="language" nicename="${p.language}">${p.language}</category>` : ''}
${p.translations ? `<category domain="post_translations" nicename="${p.translations}">${p.translations}</category>` : ''}
${p.thumbnail ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${p.thumbnail}</wp:meta_value></wp:postmeta>` : ''}
${Array.from({ length: p.comments ?? 0 }, (_, i) => `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id><wp:comment_content>${cdata('Nice')}</wp:comment_content></wp:comment>`).join('')}
</item>
`;
}

export const WXR_TAIL = '</channel>\n</rss>\n';
