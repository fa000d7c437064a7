// The sign-in screen: email and password, the language picker, and a clear message when it fails.

import { useState } from 'preact/hooks';
import { login } from '../api/auth.js';
import { ApiError } from '../api/http.js';
import type { Session } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { LanguagePicker } from '../components/language-picker.js';
import { useI18n } from '../i18n/index.js';

export function LoginScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t, language } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login(email.trim(), password));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setError(t('login.failed'));
      else if (e instanceof ApiError && e.status === 429) setError(t('login.throttled'));
      else setError(errorText(e, language));
      setBusy(false);
    }
  };

  return (
    <main id="main" class="login">
      <form class="login-card" onSubmit={(e) => void submit(e)} data-testid="login-form">
        <div class="login-head">
          <span class="brand">Lede</span>
          <LanguagePicker />
        </div>
        <h1>{t('login.title')}</h1>
        <Field id="login-email" label={t('login.email')}>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </Field>
        <Field id="login-password" label={t('login.password')}>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </Field>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button primary wide" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
}
