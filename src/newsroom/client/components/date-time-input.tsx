// A date and time typed as the agency writes them (dd.mm.yyyy, hh:mm in 24 h), read back with Lede's month names.

import { useEffect, useState } from 'preact/hooks';
import { describeWallClock, fromAgencyFields, toAgencyFields } from '../format.js';
import { useI18n } from '../i18n/index.js';

export interface DateTimeInputProps {
  /** The date field's id (a label's `for` points at it). */
  id: string;
  /** "2025-12-05T14:30" wall-clock time in the agency's zone, or "" for none. */
  value: string;
  /** Called with a wall-clock value, or "" while what is typed is not a date and time yet. */
  onChange: (value: string) => void;
  required?: boolean;
  /** A name for the pair when no visible label names it. */
  label?: string;
}

/**
 * Two text fields, not the browser's date picker: that one writes dates the way the browser's
 * locale does (mm/dd/yyyy, am/pm), which is not how the agency writes them in any language.
 */
export function DateTimeInput({ id, value, onChange, required, label }: DateTimeInputProps) {
  const { t, language } = useI18n();
  const [date, setDate] = useState(toAgencyFields(value).date);
  const [time, setTime] = useState(toAgencyFields(value).time);
  // A new value from outside (another save) replaces what is shown, unless it is what was typed.
  useEffect(() => {
    if (value !== (fromAgencyFields(date, time) ?? '')) {
      const fields = toAgencyFields(value);
      setDate(fields.date);
      setTime(fields.time);
    }
  }, [value]);

  const change = (nextDate: string, nextTime: string) => {
    setDate(nextDate);
    setTime(nextTime);
    onChange(fromAgencyFields(nextDate, nextTime) ?? '');
  };
  const parsed = fromAgencyFields(date, time);
  const typed = date.trim() !== '' || time.trim() !== '';
  const hintId = `${id}-when`;
  return (
    <span class="date-time-input" role="group" aria-label={label}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="date-part"
        placeholder="dd.mm.yyyy"
        aria-describedby={hintId}
        aria-invalid={typed && !parsed ? true : undefined}
        required={required}
        size={10}
        maxLength={10}
        value={date}
        onInput={(e) => change(e.currentTarget.value, time)}
      />
      <input
        id={`${id}-time`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="time-part"
        placeholder="hh:mm"
        aria-label={t('date.time')}
        aria-describedby={hintId}
        aria-invalid={typed && !parsed ? true : undefined}
        required={required}
        size={5}
        maxLength={8}
        value={time}
        onInput={(e) => change(date, e.currentTarget.value)}
      />
      <small class="hint date-read" id={hintId} aria-live="polite">
        {parsed ? describeWallClock(parsed, language) : typed ? t('date.invalid') : t('date.hint')}
      </small>
    </span>
  );
}
