// The newsroom app: the interface language, the session, the top bar and the screen the URL names.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { currentSession, logout, saveUiLanguage } from './api/auth.js';
import { onSessionLost } from './api/http.js';
import type { Session } from './api/types.js';
import { TopBar } from './components/top-bar.js';
import {
  I18nContext,
  initialLanguage,
  rememberLanguage,
  translator,
  type I18n,
  type UiLanguage,
} from './i18n/index.js';
import { BASE, navigate, parseRoute, useLocation } from './router.js';
import { AccountScreen } from './screens/account-screen.js';
import { AuditScreen } from './screens/audit-screen.js';
import { NumbersScreen } from './screens/numbers-screen.js';
import { AuthorsScreen } from './screens/authors-screen.js';
import { EnrolRequiredScreen } from './screens/enrol-required-screen.js';
import { DeskScreen } from './screens/desk-screen.js';
import { IncomingScreen } from './screens/incoming-screen.js';
import { LoginScreen } from './screens/login-screen.js';
import { NotFoundScreen } from './screens/not-found-screen.js';
import { SetPasswordScreen } from './screens/set-password-screen.js';
import { TaxonomyScreen } from './screens/taxonomy-screen.js';
import { TranslationsScreen } from './screens/translations-screen.js';
import { UsersScreen } from './screens/users-screen.js';
import { SessionContext, type SessionState } from './session.js';
import { StoryScreen } from './story/story-screen.js';

export function App() {
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const { pathname } = useLocation();
  const route = parseRoute(pathname);

  useEffect(() => {
    onSessionLost(() => setSession(null));
    currentSession().then(
      (s) => {
        setSession(s);
        if (s) setLanguageState(s.user.uiLanguage);
      },
      () => setSession(null),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const i18n = useMemo<I18n>(
    () => ({
      language,
      t: translator(language),
      setLanguage: (next) => {
        setLanguageState(next);
        rememberLanguage(next);
        if (session) saveUiLanguage(next).catch(() => undefined);
      },
    }),
    [language, session],
  );

  const sessionState = useMemo<SessionState | null>(
    () =>
      session
        ? {
            user: session.user,
            ...(session.twoFactor ? { twoFactor: session.twoFactor } : {}),
            refresh: () => {
              currentSession().then(setSession, () => setSession(null));
            },
            signOut: () => {
              void logout().finally(() => {
                setSession(null);
                navigate(`${BASE}/login`);
              });
            },
          }
        : null,
    [session],
  );

  useEffect(() => {
    document.title = `${i18n.t('app.name')}`;
  }, [i18n]);

  // A set-password link works signed out (a new account) and signed in alike.
  if (route.name === 'set-password') {
    return (
      <I18nContext.Provider value={i18n}>
        <SetPasswordScreen />
      </I18nContext.Provider>
    );
  }

  if (session === undefined) {
    return (
      <I18nContext.Provider value={i18n}>
        <p class="boot">{i18n.t('app.loading')}</p>
      </I18nContext.Provider>
    );
  }

  if (!sessionState) {
    return (
      <I18nContext.Provider value={i18n}>
        <LoginScreen
          onSignedIn={(s) => {
            setSession(s);
            setLanguageState(s.user.uiLanguage);
            rememberLanguage(s.user.uiLanguage);
            if (route.name === 'login') navigate(`${BASE}/`, true);
          }}
        />
      </I18nContext.Provider>
    );
  }

  if (session?.twoFactor?.mustEnrol) {
    return (
      <I18nContext.Provider value={i18n}>
        <SessionContext.Provider value={sessionState}>
          <EnrolRequiredScreen />
        </SessionContext.Provider>
      </I18nContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={sessionState}>
        <TopBar route={route} />
        <main id="main" class={`screen screen-${route.name}`}>
          {route.name === 'desk' || route.name === 'login' ? (
            <DeskScreen />
          ) : route.name === 'story' ? (
            <StoryScreen key={route.id} id={route.id} />
          ) : route.name === 'translations' ? (
            <TranslationsScreen />
          ) : route.name === 'incoming' ? (
            <IncomingScreen />
          ) : route.name === 'taxonomy' ? (
            <TaxonomyScreen />
          ) : route.name === 'authors' ? (
            <AuthorsScreen />
          ) : route.name === 'audit' ? (
            <AuditScreen />
          ) : route.name === 'numbers' ? (
            <NumbersScreen />
          ) : route.name === 'account' ? (
            <AccountScreen />
          ) : route.name === 'users' ? (
            <UsersScreen />
          ) : (
            <NotFoundScreen />
          )}
        </main>
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}
