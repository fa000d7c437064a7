// Turning on two-step sign-in: the QR code and key (shown once), a first code from the app, then
// the ten recovery codes (shown once).

import { useState } from 'preact/hooks';
import { confirmTwoFactor, startTwoFactor } from '../api/auth.js';
import { ApiError } from '../api/http.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';

type Step =
  | { name: 'idle' }
  | { name: 'scan'; secret: string; qr: string }
  | { name: 'codes'; codes: string[] };

export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t, language } = useI18n();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'invalid_code'
          ? t('twoFactor.codeWrong')
          : errorText(e, language),
      );
    } finally {
      setBusy(false);
    }
  };

  if (step.name === 'idle')
    return (
      <div class="two-factor-setup">
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          class="button primary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const { secret, qrSvg } = await startTwoFactor();
              const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`;
              setStep({ name: 'scan', secret, qr });
            })
          }
        >
          {t('twoFactor.start')}
        </button>
      </div>
    );

  if (step.name === 'scan')
    return (
      <form
        class="two-factor-setup"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const { recoveryCodes } = await confirmTwoFactor(code.trim());
            setStep({ name: 'codes', codes: recoveryCodes });
          });
        }}
      >
        <p>{t('twoFactor.scan')}</p>
        <img
          class="two-factor-qr"
          src={step.qr}
          alt={t('twoFactor.qr')}
          width={200}
          height={200}
          data-testid="two-factor-qr"
        />
        <p>
          {t('twoFactor.key')}:{' '}
          <code class="two-factor-key" data-testid="two-factor-key">
            {step.secret.replace(/(.{4})/g, '$1 ').trim()}
          </code>
        </p>
        <Field id="two-factor-code" label={t('twoFactor.code')} error={error}>
          <input
            id="two-factor-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,8}"
            required
            autoFocus
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </Field>
        <button type="submit" class="button primary" disabled={busy}>
          {t('twoFactor.confirm')}
        </button>
      </form>
    );

  return (
    <div class="two-factor-setup">
      <h3>{t('twoFactor.recoveryTitle')}</h3>
      <p>{t('twoFactor.recoveryAbout')}</p>
      <ol class="recovery-codes" data-testid="recovery-codes">
        {step.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <button type="button" class="button primary" onClick={onDone}>
        {t('twoFactor.saved')}
      </button>
    </div>
  );
}
