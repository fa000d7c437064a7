// The page a set-password link opens: choose a password twice, then sign in (a new account, or a forgotten password).

import { useState } from 'preact/hooks';
import { ApiError } from '../api/http.js';
import { setPasswordByLink } from '../api/users.js';
import { AppLink } from '../components/app-link.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { LanguagePicker } from '../components/language-picker.js';
import { useI18n } from '../i18n/index.js';
import { BASE, useLocation } from '../router.js';

export function SetPasswordScreen() {
  const { t, language } = useI18n();
  const token = useLocation().search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldError, setFieldError] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<string | null>(token ? null : t('setPassword.badLink'));
  const [email, setEmail] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    // The server checks the length (and says so next to the field); only it knows the rule.
    if (password !== repeat) return setFieldError({ repeat: t('setPassword.mismatch') });
    setFieldError({});
    setBusy(true);
    try {
      setEmail(await setPasswordByLink(token, password));
    } catch (e) {
      if (e instanceof ApiError && e.body.field === 'token') setError(t('setPassword.badLink'));
      else if (e instanceof ApiError && e.body.field === 'password')
        setFieldError({ password: t('setPassword.tooShort') });
      else setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="login">
      <form class="login-card" onSubmit={(e) => void submit(e)} data-testid="set-password-form">
        <div class="login-head">
          <span class="brand">Lede</span>
          <LanguagePicker />
        </div>
        <h1>{t('setPassword.title')}</h1>
        {email ? (
          <>
            <p role="status" data-testid="set-password-done">
              {t('setPassword.done', { email })}
            </p>
            <AppLink class="button primary wide" href={`${BASE}/login`}>
              {t('setPassword.signIn')}
            </AppLink>
          </>
        ) : (
          <>
            <Field
              id="new-password"
              label={t('setPassword.password')}
              hint={t('setPassword.hint')}
              error={fieldError.password}
            >
              <input
                id="new-password"
                type="password"
                autoComplete="new-password"
                autoFocus
                aria-describedby="new-password-hint"
                aria-invalid={fieldError.password ? true : undefined}
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            </Field>
            <Field
              id="new-password-repeat"
              label={t('setPassword.repeat')}
              error={fieldError.repeat}
            >
              <input
                id="new-password-repeat"
                type="password"
                autoComplete="new-password"
                aria-invalid={fieldError.repeat ? true : undefined}
                value={repeat}
                onInput={(e) => setRepeat(e.currentTarget.value)}
              />
            </Field>
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" class="button primary wide" disabled={busy || !token}>
              {t('setPassword.submit')}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
