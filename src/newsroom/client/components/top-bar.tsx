// The newsroom's top bar: the name, the screens, the language picker, who is signed in and signing out.

import { useI18n } from '../i18n/index.js';
import { BASE, type Route } from '../router.js';
import { useSession, userCan } from '../session.js';
import { AppLink } from './app-link.js';
import { LanguagePicker } from './language-picker.js';

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
        {userCan(user, 'read-audit') && (
          <AppLink href={`${BASE}/audit`} aria-current={current('audit')}>
            {t('nav.audit')}
          </AppLink>
        )}
        {userCan(user, 'manage-users') && (
          <AppLink href={`${BASE}/users`} aria-current={current('users')}>
            {t('nav.users')}
          </AppLink>
        )}
        <AppLink href={`${BASE}/account`} aria-current={current('account')}>
          {t('nav.account')}
        </AppLink>
        <a href="/" target="_blank" rel="noopener">
          {t('nav.site')} ↗
        </a>
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
