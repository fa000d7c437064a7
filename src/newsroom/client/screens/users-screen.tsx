// The Users screen (administrators): the accounts, found by name or email and filtered by role and state;
// add one and hand over its set-password link, change role, editions, language and name, disable or enable.

import { useEffect, useState } from 'preact/hooks';
import { ROLES } from '../../../domain/actor.js';
import type { Role, User } from '../api/types.js';
import {
  issueSetPasswordLink,
  listUsers,
  updateUser,
  type SetPasswordLink,
  type UserListEntry,
} from '../api/users.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { formatTime } from '../format.js';
import { LANGUAGE_NAMES, useI18n } from '../i18n/index.js';
import { useSession, userCan } from '../session.js';
import { DisableUserDialog, SetPasswordLinkDialog, UserFormDialog } from './user-dialogs.js';
import { SearchHead } from '../components/search-head.js';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; user: User }
  | { kind: 'disable'; user: User }
  | { kind: 'link'; user: User; link: SetPasswordLink };

type StateFilter = '' | 'active' | 'disabled';

/** Lower case without accents, so "leyla" finds "Leyla Məmmədova" and "мамедова" finds "Мамедова". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function UsersScreen() {
  const { t, language } = useI18n();
  const { user: me } = useSession();
  const [users, setUsers] = useState<UserListEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [state, setState] = useState<StateFilter>('');
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const allowed = userCan(me, 'manage-users');

  useEffect(() => {
    if (allowed) listUsers().then(setUsers, (e: unknown) => setError(errorText(e, language)));
  }, [allowed]);

  if (!allowed) return <p class="empty-state">{t('users.forbidden')}</p>;

  /** Puts a changed account in place (or adds it) and says what happened. */
  const changed = (user: User, message: string | null) => {
    setUsers((list) => {
      const rest = (list ?? []).filter((u) => u.id !== user.id);
      // A change answers with the account alone: its sign-in facts stay as the list had them.
      const was = list?.find((u) => u.id === user.id);
      const entry: UserListEntry = {
        ...user,
        twoFactor: was?.twoFactor ?? false,
        lastSignInAt: was?.lastSignInAt ?? null,
      };
      return [...rest, entry].sort((a, b) => a.name.localeCompare(b.name, language));
    });
    setNotice(message);
  };

  const newLink = async (user: User) => {
    setNotice(null);
    setError(null);
    try {
      setOpen({ kind: 'link', user, link: await issueSetPasswordLink(user.id) });
    } catch (e) {
      setError(errorText(e, language));
    }
  };

  const enable = async (user: User) => {
    setNotice(null);
    setError(null);
    try {
      changed(
        await updateUser(user.id, { disabled: false }),
        t('users.enabled', { name: user.name }),
      );
    } catch (e) {
      setError(errorText(e, language));
    }
  };

  const needle = folded(q.trim());
  const shown = (users ?? []).filter(
    (u) =>
      (!role || u.role === role) &&
      (!state || (state === 'disabled') === u.disabled) &&
      (!needle || folded(`${u.name} ${u.email}`).includes(needle)),
  );

  return (
    <section class="users" aria-labelledby="users-title">
      <SearchHead
        titleId="users-title"
        title={t('users.title')}
        searchLabel={t('users.search')}
        searchTestId="users-search"
        query={q}
        onQuery={setQ}
        addLabel={t('users.add')}
        addTestId="add-user"
        onAdd={() => {
          setNotice(null);
          setOpen({ kind: 'add' });
        }}
      />
      <div class="filters">
        <select
          aria-label={t('users.role')}
          data-testid="users-role"
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role | '')}
        >
          <option value="">{t('users.allRoles')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('users.state')}
          data-testid="users-state"
          value={state}
          onChange={(e) => setState(e.currentTarget.value as StateFilter)}
        >
          <option value="">{t('users.allStates')}</option>
          <option value="active">{t('users.onlyActive')}</option>
          <option value="disabled">{t('users.onlyDisabled')}</option>
        </select>
        {users && <span class="count">{t('users.count', { n: shown.length })}</span>}
      </div>
      {notice && (
        <p class="notice" role="status" data-testid="users-notice">
          {notice}
        </p>
      )}
      <ErrorAlert error={error} />
      {users === null ? (
        !error && <p class="muted">{t('app.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="empty-state">{t('users.empty')}</p>
      ) : (
        <table class="story-table users-table" data-testid="users-table">
          <caption class="visually-hidden">{t('users.list')}</caption>
          <thead>
            <tr>
              <th scope="col" class="col-headline">
                {t('users.name')}
              </th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.editions')}</th>
              <th scope="col">{t('users.language')}</th>
              <th scope="col">{t('users.state')}</th>
              <th scope="col">{t('users.twoFactor')}</th>
              <th scope="col">{t('users.lastSignIn')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.id} data-user={u.email} class={u.disabled ? 'is-disabled' : undefined}>
                <td class="col-headline">
                  <strong>{u.name}</strong>
                  {u.id === me.id && <small class="muted"> ({t('users.you')})</small>}
                  <br />
                  <span class="muted user-email">{u.email}</span>
                </td>
                <td data-testid="user-role">{t(`role.${u.role}`)}</td>
                <td>
                  {u.role === 'chief' || u.role === 'admin' ? (
                    <span class="muted">{t('users.allEditions')}</span>
                  ) : (
                    u.editions.map((e) => (
                      <span key={e} class="edition-code" title={t(`edition.${e}`)}>
                        {e}
                      </span>
                    ))
                  )}
                </td>
                <td lang={u.uiLanguage}>{LANGUAGE_NAMES[u.uiLanguage]}</td>
                <td data-testid="user-state">
                  {u.disabled ? (
                    <span class="chip chip-unpublished">{t('users.disabled')}</span>
                  ) : (
                    <span class="chip chip-published">{t('users.active')}</span>
                  )}
                  {!u.hasPassword && <small class="muted user-note">{t('users.noPassword')}</small>}
                </td>
                <td data-testid="user-two-factor" data-on={String(u.twoFactor)}>
                  <span class="cell-label">{t('users.twoFactor')}: </span>
                  {u.twoFactor ? t('users.twoFactorOn') : t('users.twoFactorOff')}
                </td>
                <td data-testid="user-last-sign-in">
                  <span class="cell-label">{t('users.lastSignIn')}: </span>
                  {u.lastSignInAt ? (
                    <time dateTime={u.lastSignInAt}>{formatTime(u.lastSignInAt, language)}</time>
                  ) : (
                    <span class="muted">{t('users.neverSignedIn')}</span>
                  )}
                </td>
                <td class="col-actions">
                  <div class="user-actions">
                    <button
                      type="button"
                      class="button small"
                      data-testid="edit-user"
                      aria-label={t('users.editName', { name: u.name })}
                      onClick={() => {
                        setNotice(null);
                        setOpen({ kind: 'edit', user: u });
                      }}
                    >
                      {t('users.edit')}
                    </button>
                    <button
                      type="button"
                      class="button small"
                      data-testid="new-link"
                      aria-label={`${t('users.newLink')}: ${u.name}`}
                      onClick={() => void newLink(u)}
                    >
                      {t('users.newLink')}
                    </button>
                    {u.id !== me.id &&
                      (u.disabled ? (
                        <button
                          type="button"
                          class="button small"
                          data-testid="enable-user"
                          aria-label={`${t('users.enable')}: ${u.name}`}
                          onClick={() => void enable(u)}
                        >
                          {t('users.enable')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          class="button small"
                          data-testid="disable-user"
                          aria-label={`${t('users.disable')} ${u.name}`}
                          onClick={() => {
                            setNotice(null);
                            setOpen({ kind: 'disable', user: u });
                          }}
                        >
                          {t('users.disable')}
                        </button>
                      ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(open?.kind === 'add' || open?.kind === 'edit') && (
        <UserFormDialog
          editing={open.kind === 'edit' ? open.user : null}
          self={me.id}
          onClose={() => setOpen(null)}
          onAdded={(user, link) => {
            changed(user, null);
            setOpen(link ? { kind: 'link', user, link } : null);
          }}
          onSaved={(user) => {
            changed(user, t('users.saved', { name: user.name }));
            setOpen(null);
          }}
        />
      )}
      {open?.kind === 'disable' && (
        <DisableUserDialog
          user={open.user}
          onClose={() => setOpen(null)}
          onDone={(user) => {
            changed(user, t('users.disabledDone', { name: user.name }));
            setOpen(null);
          }}
        />
      )}
      {open?.kind === 'link' && (
        <SetPasswordLinkDialog user={open.user} link={open.link} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
