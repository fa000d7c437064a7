// Your account: two-step sign-in (turn on with the app, turn off with the password) and, for
// admins, the roles that must use it.

import { useEffect, useState } from 'preact/hooks';
import { ROLES } from '../../../domain/actor.js';
import { disableTwoFactor, saveTwoFactorRoles, twoFactorRoles } from '../api/auth.js';
import { ApiError } from '../api/http.js';
import type { Role, TwoFactorStatus } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';
import { useSession, userCan } from '../session.js';
import { TwoFactorSetup } from './two-factor-setup.js';

export function AccountScreen() {
  const { t } = useI18n();
  const { user, twoFactor, refresh } = useSession();
  return (
    <section class="account" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p>
        <strong>{user.name}</strong> · {user.email} · {t(`role.${user.role}`)}
      </p>
      <TwoFactorPanel status={twoFactor} onChange={refresh} />
      {userCan(user, 'manage-users') && <RequiredRolesPanel />}
    </section>
  );
}

function TwoFactorPanel({
  status,
  onChange,
}: {
  status: TwoFactorStatus | undefined;
  onChange: () => void;
}) {
  const { t, language } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section class="panel account-panel" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
      <p class="muted">{t('twoFactor.about')}</p>
      {status?.enabled ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            disableTwoFactor(password).then(
              () => {
                setPassword('');
                setBusy(false);
                onChange();
              },
              (err: unknown) => {
                setError(
                  err instanceof ApiError && err.code === 'invalid_credentials'
                    ? t('twoFactor.passwordWrong')
                    : errorText(err, language),
                );
                setBusy(false);
              },
            );
          }}
        >
          <p data-testid="two-factor-state">
            {t('twoFactor.on', { count: status.recoveryCodesLeft })}
          </p>
          <Field id="two-factor-password" label={t('twoFactor.disablePassword')} error={error}>
            <input
              id="two-factor-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </Field>
          <button type="submit" class="button" disabled={busy}>
            {t('twoFactor.disable')}
          </button>
        </form>
      ) : (
        <>
          <p data-testid="two-factor-state">{t('twoFactor.off')}</p>
          <TwoFactorSetup onDone={onChange} />
        </>
      )}
    </section>
  );
}

function RequiredRolesPanel() {
  const { t, language } = useI18n();
  const [roles, setRoles] = useState<Role[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    twoFactorRoles().then(setRoles, (e: unknown) => setMessage(errorText(e, language)));
  }, [language]);
  if (!roles) return message ? <p class="error">{message}</p> : null;
  return (
    <section class="panel account-panel" aria-labelledby="two-factor-roles-title">
      <h2 id="two-factor-roles-title">{t('twoFactor.roles')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          saveTwoFactorRoles(roles).then(
            (saved) => {
              setRoles(saved);
              setMessage(t('twoFactor.rolesSaved'));
            },
            (err: unknown) => setMessage(errorText(err, language)),
          );
        }}
      >
        <fieldset class="check-list">
          <legend class="visually-hidden">{t('twoFactor.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} class="check">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) =>
                  setRoles(
                    e.currentTarget.checked ? [...roles, role] : roles.filter((r) => r !== role),
                  )
                }
              />{' '}
              {t(`role.${role}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="button">
          {t('twoFactor.rolesSave')}
        </button>
        {message && (
          <p class="notice" role="status">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
