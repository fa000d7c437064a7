// The Users screen's dialogs: add or edit an account, confirm disabling it, show a one-time set-password link.

import { useRef, useState } from 'preact/hooks';
import { allEditions, ROLES } from '../../../domain/actor.js';
import { EDITION_CODES } from '../../../domain/editions.js';
import { ApiError } from '../api/http.js';
import type { EditionCode, Role, User } from '../api/types.js';
import { addUser, updateUser, type SetPasswordLink, type UserDraft } from '../api/users.js';
import { Dialog } from '../components/dialog.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { TextField } from '../components/text-field.js';
import { LANGUAGE_NAMES, UI_LANGUAGES, useI18n, type Translate } from '../i18n/index.js';
import { formatTime } from '../format.js';

type FieldName = 'name' | 'email' | 'role' | 'editions';

/** The API's answer as a sentence beside the field it names (or above the buttons when it names none). */
function placeError(
  e: unknown,
  t: Translate,
  fallback: string,
): { field: FieldName; text: string } | { field: null; text: string } {
  const field = e instanceof ApiError ? e.body.field : undefined;
  if (field === 'email')
    return {
      field,
      text: t(
        (e as ApiError).code === 'duplicate' ? 'users.error.emailTaken' : 'users.error.email',
      ),
    };
  if (field === 'name') return { field, text: t('users.error.name') };
  if (field === 'editions') return { field, text: t('users.error.editions') };
  if (field === 'role' || field === 'disabled')
    return { field: 'role', text: t('users.error.self') };
  return { field: null, text: fallback };
}

export function UserFormDialog({
  editing,
  self,
  onClose,
  onAdded,
  onSaved,
}: {
  /** The account to change, or null to add one. */
  editing: User | null;
  /** The signed-in admin's id: their own role stays. */
  self: number;
  onClose: () => void;
  onAdded: (user: User, link: SetPasswordLink | null) => void;
  onSaved: (user: User) => void;
}) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<UserDraft>(
    editing
      ? {
          name: editing.name,
          email: editing.email,
          role: editing.role,
          editions: [...editing.editions],
          uiLanguage: editing.uiLanguage,
        }
      : { name: '', email: '', role: 'reporter', editions: [], uiLanguage: language },
  );
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<UserDraft>) => setDraft({ ...draft, ...patch });
  /** Chief editors and administrators work in every edition whatever is ticked. */
  const everywhere = allEditions(draft.role);
  const toggleEdition = (code: EditionCode, on: boolean) =>
    set({
      editions: on
        ? EDITION_CODES.filter((c) => c === code || draft.editions.includes(c))
        : draft.editions.filter((c) => c !== code),
    });

  const submit = async () => {
    setBusy(true);
    setErrors({});
    setGeneral(null);
    try {
      if (editing) {
        const { email: _email, ...patch } = draft;
        onSaved(await updateUser(editing.id, patch));
      } else {
        const { user, setPassword } = await addUser(draft);
        onAdded(user, setPassword);
      }
    } catch (e) {
      const placed = placeError(e, t, errorText(e, language));
      if (placed.field) setErrors({ [placed.field]: placed.text });
      else setGeneral(placed.text);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={editing ? t('users.editTitle', { name: editing.name }) : t('users.addTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="user-dialog"
      noValidate
      actions={
        <>
          <button type="button" class="button subtle" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button primary" disabled={busy}>
            {editing ? t('users.save') : t('users.create')}
          </button>
        </>
      }
    >
      <Field
        id="user-email"
        label={t('users.email')}
        hint={editing ? t('users.emailFixed') : undefined}
        error={errors.email}
      >
        <input
          id="user-email"
          type="email"
          autoComplete="off"
          autoFocus={!editing}
          spellcheck={false}
          readOnly={!!editing}
          aria-describedby={editing ? 'user-email-hint' : undefined}
          aria-invalid={errors.email ? true : undefined}
          value={draft.email}
          onInput={(e) => set({ email: e.currentTarget.value })}
        />
      </Field>
      <TextField
        id="user-name"
        label={t('users.name')}
        value={draft.name}
        error={errors.name}
        onInput={(name) => set({ name })}
      />
      <div class="field-row">
        <Field id="user-role" label={t('users.role')} error={errors.role}>
          <select
            id="user-role"
            value={draft.role}
            disabled={editing?.id === self}
            onChange={(e) => set({ role: e.currentTarget.value as Role })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="user-language" label={t('users.language')}>
          <select
            id="user-language"
            value={draft.uiLanguage}
            onChange={(e) => set({ uiLanguage: e.currentTarget.value as EditionCode })}
          >
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset class="field user-editions" aria-describedby="user-editions-hint">
        <legend>{t('users.editions')}</legend>
        <div class="check-list">
          {EDITION_CODES.map((code) => (
            <label key={code} class="check">
              <input
                type="checkbox"
                name="editions"
                value={code}
                checked={everywhere || draft.editions.includes(code)}
                disabled={everywhere}
                onChange={(e) => toggleEdition(code, e.currentTarget.checked)}
              />{' '}
              {t(`edition.${code}`)}
            </label>
          ))}
        </div>
        <small class="hint" id="user-editions-hint">
          {t('users.editionsHint')}
        </small>
        {errors.editions && (
          <small class="error" role="alert">
            {errors.editions}
          </small>
        )}
      </fieldset>
      <ErrorAlert error={general} />
    </Dialog>
  );
}

/** Disabling signs the person out everywhere: the dialog says so before it happens. */
export function DisableUserDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: (user: User) => void;
}) {
  const { t, language } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await updateUser(user.id, { disabled: true }));
    } catch (e) {
      setError(placeError(e, t, errorText(e, language)).text);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('users.disableTitle', { name: user.name })}
      onClose={onClose}
      onSubmit={() => void confirm()}
      testId="disable-user-dialog"
      actions={
        <>
          <button type="button" class="button subtle" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button danger" disabled={busy}>
            {t('users.disableConfirm')}
          </button>
        </>
      }
    >
      <p>{t('users.disableExplain', { name: user.name })}</p>
      <ErrorAlert error={error} />
    </Dialog>
  );
}

/** The one-time link, shown once: a read-only field to select, a copy button and when it expires. */
export function SetPasswordLinkDialog({
  user,
  link,
  onClose,
}: {
  user: User;
  link: SetPasswordLink;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      // No clipboard permission: select the text so that Ctrl+C (or a long press) copies it.
      input.current?.select();
      setCopied(document.execCommand?.('copy') ? 'yes' : 'no');
    }
  };
  return (
    <Dialog
      title={t('users.linkTitle', { name: user.name })}
      onClose={onClose}
      onSubmit={onClose}
      testId="set-password-link-dialog"
      actions={
        <button type="submit" class="button primary">
          {t('users.done')}
        </button>
      }
    >
      <p>{t('users.linkAbout', { name: user.name })}</p>
      <Field id="set-password-link" label={t('users.link')}>
        <div class="link-copy">
          <input
            ref={input}
            id="set-password-link"
            type="text"
            readOnly
            spellcheck={false}
            value={link.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" class="button" data-testid="copy-link" onClick={() => void copy()}>
            {t('users.copy')}
          </button>
        </div>
      </Field>
      <p class="muted" data-testid="link-expires">
        {t('users.linkExpires', { time: formatTime(link.expiresAt, language) })}
      </p>
      <p role="status" class={copied === 'no' ? 'error' : 'notice'} hidden={copied === null}>
        {copied === 'yes' ? t('users.copied') : copied === 'no' ? t('users.copyFailed') : ''}
      </p>
    </Dialog>
  );
}
