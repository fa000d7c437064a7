// An in-app link: a real <a href> that navigates without reloading the page.

import type { ComponentChildren } from 'preact';
import { linkClick } from '../router.js';

export interface AppLinkProps {
  href: string;
  children: ComponentChildren;
  class?: string;
  lang?: string;
  title?: string;
  'aria-current'?: 'page' | undefined;
}

export function AppLink({ href, children, ...rest }: AppLinkProps) {
  return (
    <a {...rest} href={href} onClick={(e) => linkClick(e, href)}>
      {children}
    </a>
  );
}
