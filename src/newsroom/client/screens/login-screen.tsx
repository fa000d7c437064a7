// The sign-in screen: email and password, then (two-step sign-in on) a code from the app or a
// recovery code; the language picker, and a clear message when a step fails.

import { useState } from 'preact/hooks';
import { login, loginCode } from '../api/auth.js';
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
  const [challenge, setChallenge] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (e: unknown) => {
    if (e instanceof ApiError && e.status === 429) setError(t('login.throttled'));
    else if (e instanceof ApiError && e.code === 'invalid_code') setError(t('login.codeFailed'));
    else if (e instanceof ApiError && challenge && e.code === 'unauthenticated') {
      setChallenge(null);
      setCode('');
      setError(t('login.expired'));
    } else if (e instanceof ApiError && e.status === 401) setError(t('login.failed'));
    else setError(errorText(e, language));
    setBusy(false);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (challenge) {
        onSignedIn(await loginCode(challenge, code.trim()));
        return;
      }
      const answer = await login(email.trim(), password);
      if ('session' in answer) onSignedIn(answer.session);
      else {
        setChallenge(answer.challenge);
        setPassword('');
        setBusy(false);
      }
    } catch (e) {
      failed(e);
    }
  };

  return (
    <main id="main" class="login">
      <form class="login-card" onSubmit={(e) => void submit(e)} data-testid="login-form">
        <div class="login-head">
          <span class="brand">Lede</span>
          <LanguagePicker />
        </div>
        {challenge ? (
          <>
            <h1>{t('login.codeTitle')}</h1>
            <Field id="login-code" label={t('login.code')} hint={t('login.codeHint')}>
              <input
                id="login-code"
                name="code"
                type="text"
                autoComplete="one-time-code"
                autoCapitalize="off"
                spellcheck={false}
                required
                autoFocus
                maxLength={40}
                aria-describedby="login-code-hint"
                value={code}
                onInput={(e) => setCode(e.currentTarget.value)}
              />
            </Field>
          </>
        ) : (
          <>
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
          </>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button primary wide" disabled={busy}>
          {challenge ? t('login.codeSubmit') : t('login.submit')}
        </button>
        {challenge && (
          <button
            type="button"
            class="button subtle wide"
            onClick={() => {
              setChallenge(null);
              setCode('');
              setError(null);
            }}
          >
            {t('login.back')}
          </button>
        )}
      </form>
    </main>
  );
}
