// What a user whose role requires two-step sign-in sees until it is on: why, the enrolment, sign out.

import { LanguagePicker } from '../components/language-picker.js';
import { useI18n } from '../i18n/index.js';
import { useSession } from '../session.js';
import { TwoFactorSetup } from './two-factor-setup.js';

export function EnrolRequiredScreen() {
  const { t } = useI18n();
  const { refresh, signOut } = useSession();
  return (
    <main id="main" class="login">
      <section class="login-card" aria-labelledby="enrol-title" data-testid="enrol-required">
        <div class="login-head">
          <span class="brand">Lede</span>
          <LanguagePicker />
        </div>
        <h1 id="enrol-title">{t('twoFactor.title')}</h1>
        <p class="notice">{t('twoFactor.required')}</p>
        <TwoFactorSetup onDone={refresh} />
        <button type="button" class="button subtle wide" onClick={signOut}>
          {t('nav.signOut')}
        </button>
      </section>
    </main>
  );
}
