// The newsroom's own "no such page" screen.

import { AppLink } from '../components/app-link.js';
import { useI18n } from '../i18n/index.js';
import { BASE } from '../router.js';

export function NotFoundScreen() {
  const { t } = useI18n();
  return (
    <section class="empty-state">
      <p>{t('nav.notFound')}</p>
      <AppLink href={`${BASE}/`}>{t('nav.backToDesk')}</AppLink>
    </section>
  );
}
