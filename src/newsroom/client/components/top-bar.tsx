// The newsroom's top bar: the name, the screens (the daily ones in a row, the rest under "More"), the language picker, who is signed in and signing out.

import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { BASE, hrefOf, type Route } from '../router.js';
import { useSession, userCan } from '../session.js';
import { AppLink } from './app-link.js';
import { LanguagePicker } from './language-picker.js';

/** The screens under "More": reached less often than the ones in the row. */
const MORE: readonly Route['name'][] = ['audit', 'users', 'account'];

/**
 * "More" as a disclosure (a button that shows a list of links, not an ARIA menu): Escape, a
 * click elsewhere, focus leaving it or a move to another screen close it.
 */
function MoreLinks({ route }: { route: Route }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const here = hrefOf(route);
  useEffect(() => setOpen(false), [here]);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <div
      class="nav-more"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
      onFocusOut={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        class={`nav-more-button${MORE.includes(route.name) ? ' is-current' : ''}`}
        data-testid="nav-more"
        aria-expanded={open}
        aria-controls="nav-more-links"
        onClick={() => setOpen(!open)}
      >
        {t('nav.more')} <span aria-hidden="true">▾</span>
      </button>
      <ul id="nav-more-links" class="nav-more-links" hidden={!open}>
        {userCan(user, 'read-audit') && (
          <li>
            <AppLink href={`${BASE}/audit`} aria-current={current('audit')}>
              {t('nav.audit')}
            </AppLink>
          </li>
        )}
        {userCan(user, 'manage-users') && (
          <li>
            <AppLink href={`${BASE}/users`} aria-current={current('users')}>
              {t('nav.users')}
            </AppLink>
          </li>
        )}
        <li>
          <AppLink href={`${BASE}/account`} aria-current={current('account')}>
            {t('nav.account')}
          </AppLink>
        </li>
        <li>
          <a href="/" target="_blank" rel="noopener">
            {t('nav.site')} <span aria-hidden="true">↗</span>
          </a>
        </li>
      </ul>
    </div>
  );
}

export function TopBar({ route }: { route: Route }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const current = (name: Route['name']) =>
    route.name === name || (name === 'desk' && route.name === 'story') ? 'page' : undefined;
  return (
    <header class="top-bar">
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppLink class="brand" href={`${BASE}/`}>
        Lede
      </AppLink>
      <nav class="main-nav" aria-label={t('app.name')}>
        <div class="nav-links">
          <AppLink href={`${BASE}/`} aria-current={current('desk')}>
            {t('nav.desk')}
          </AppLink>
          <AppLink href={`${BASE}/incoming`} aria-current={current('incoming')}>
            {t('nav.incoming')}
          </AppLink>
          <AppLink href={`${BASE}/translations`} aria-current={current('translations')}>
            {t('nav.translations')}
          </AppLink>
          {userCan(user, 'manage-taxonomy') && (
            <AppLink href={`${BASE}/taxonomy`} aria-current={current('taxonomy')}>
              {t('nav.taxonomy')}
            </AppLink>
          )}
          {userCan(user, 'manage-taxonomy') && (
            <AppLink href={`${BASE}/authors`} aria-current={current('authors')}>
              {t('nav.authors')}
            </AppLink>
          )}
          <AppLink href={`${BASE}/numbers`} aria-current={current('numbers')}>
            {t('nav.numbers')}
          </AppLink>
        </div>
        <MoreLinks route={route} />
      </nav>
      <div class="top-bar-end">
        <LanguagePicker />
        <span class="who" data-testid="who">
          <strong>{user.name}</strong> <small>{t(`role.${user.role}`)}</small>
        </span>
        <button type="button" class="button subtle" onClick={signOut}>
          {t('nav.signOut')}
        </button>
      </div>
    </header>
  );
}
