// Choosing an edition: a segmented switch for a screen's edition, or a select (optionally with "all editions").

import { EDITION_CODES, type EditionCode } from '../../../domain/editions.js';
import { useI18n } from '../i18n/index.js';

/** The screen works on one edition at a time: Azərbaycan / Русский / English as pressed buttons. */
export function EditionSwitch(props: {
  value: EditionCode;
  onChange: (code: EditionCode) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="segmented" role="group" aria-label={t('story.edition')}>
      {EDITION_CODES.map((code) => (
        <button
          type="button"
          key={code}
          aria-pressed={props.value === code}
          class={props.value === code ? 'is-active' : ''}
          onClick={() => props.onChange(code)}
        >
          {t(`edition.${code}`)}
        </button>
      ))}
    </div>
  );
}

export interface EditionSelectProps<T extends EditionCode | ''> {
  value: T;
  onChange: (code: T) => void;
  /** The editions offered; all of them by default. */
  editions?: readonly EditionCode[];
  /** Offer "All editions" (the value ''), for filters. */
  withAll?: boolean;
  id?: string;
  testId?: string;
}

export function EditionSelect<T extends EditionCode | ''>(props: EditionSelectProps<T>) {
  const { t } = useI18n();
  return (
    <select
      id={props.id}
      aria-label={props.id ? undefined : t('story.edition')}
      data-testid={props.testId}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as T)}
    >
      {props.withAll && <option value="">{t('edition.all')}</option>}
      {(props.editions ?? EDITION_CODES).map((code) => (
        <option value={code} key={code}>
          {t(`edition.${code}`)}
        </option>
      ))}
    </select>
  );
}
