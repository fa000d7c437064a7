// The interface language picker: Azərbaycanca, Русский, English.

import { LANGUAGE_NAMES, UI_LANGUAGES, isUiLanguage, useI18n } from '../i18n/index.js';

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label class="language-picker">
      <span class="visually-hidden">{t('app.language')}</span>
      <select
        data-testid="language-picker"
        aria-label={t('app.language')}
        value={language}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isUiLanguage(next)) setLanguage(next);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option value={code} key={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
