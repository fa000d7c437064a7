// Stable error codes in one catalogue: code, HTTP status and a message per language.

import type { EditionCode } from './editions.js';

interface ErrorEntry {
  status: number;
  messages: Record<EditionCode, string>;
}

export const ERRORS = {
  not_found: {
    status: 404,
    messages: {
      az: 'Səhifə tapılmadı',
      ru: 'Страница не найдена',
      en: 'Page not found',
    },
  },
  invalid_input: {
    status: 400,
    messages: {
      az: 'Məlumat düzgün deyil',
      ru: 'Неверные данные',
      en: 'The input is not valid',
    },
  },
  conflict: {
    status: 409,
    messages: {
      az: 'Material başqa versiyaya əsaslanır',
      ru: 'Материал уже изменён другим пользователем',
      en: 'The story was changed by someone else',
    },
  },
  invalid_transition: {
    status: 409,
    messages: {
      az: 'Materialın statusu bu addıma imkan vermir',
      ru: 'В этом статусе материал нельзя так перевести',
      en: 'The story cannot make this step from its present status',
    },
  },
  precondition_required: {
    status: 428,
    messages: {
      az: 'Materialın versiyası göstərilməyib',
      ru: 'Не указана версия материала',
      en: 'Say which version of the story this change is based on',
    },
  },
  not_ready: {
    status: 422,
    messages: {
      az: 'Material dərc üçün hazır deyil',
      ru: 'Материал не готов к публикации',
      en: 'The story is not ready to be published',
    },
  },
  unauthenticated: {
    status: 401,
    messages: { az: 'Daxil olun', ru: 'Войдите в систему', en: 'Please sign in' },
  },
  forbidden: {
    status: 403,
    messages: { az: 'İcazə yoxdur', ru: 'Недостаточно прав', en: 'You are not allowed to do this' },
  },
  invalid_credentials: {
    status: 401,
    messages: {
      az: 'E-poçt və ya parol səhvdir',
      ru: 'Неверный адрес почты или пароль',
      en: 'Wrong email or password',
    },
  },
  csrf: {
    status: 403,
    messages: {
      az: 'Sorğu təsdiqlənmədi, səhifəni yeniləyin',
      ru: 'Запрос не подтверждён, обновите страницу',
      en: 'The request was not confirmed; reload the page',
    },
  },
  duplicate: {
    status: 409,
    messages: { az: 'Bu artıq mövcuddur', ru: 'Такая запись уже есть', en: 'This already exists' },
  },
  too_many_attempts: {
    status: 429,
    messages: {
      az: 'Çox cəhd edildi, bir az sonra yenidən yoxlayın',
      ru: 'Слишком много попыток, повторите позже',
      en: 'Too many attempts; try again later',
    },
  },
  parse_failed: {
    status: 422,
    messages: {
      az: 'Səhifəni oxumaq mümkün olmadı',
      ru: 'Не удалось прочитать страницу',
      en: 'The page could not be read',
    },
  },
  unsupported_media: {
    status: 415,
    messages: {
      az: 'Bu fayl JPEG, PNG və ya WebP şəkli deyil',
      ru: 'Файл не является изображением JPEG, PNG или WebP',
      en: 'The file is not a JPEG, PNG or WebP image',
    },
  },
  too_large: {
    status: 413,
    messages: {
      az: 'Fayl çox böyükdür',
      ru: 'Файл слишком большой',
      en: 'The file is too large',
    },
  },
  story_too_long: {
    status: 422,
    messages: {
      az: 'Material çox uzundur',
      ru: 'Материал слишком длинный',
      en: 'The story is too long',
    },
  },
  invalid_image: {
    status: 400,
    messages: {
      az: 'Şəkil zədələnib və oxunmur',
      ru: 'Изображение повреждено и не читается',
      en: 'The image is damaged and cannot be read',
    },
  },
  media_in_use: {
    status: 409,
    messages: {
      az: 'Şəkil materiallarda istifadə olunur',
      ru: 'Изображение используется в материалах',
      en: 'The image is used in stories',
    },
  },
  invalid_code: {
    status: 401,
    messages: {
      az: 'Kod səhvdir və ya vaxtı keçib',
      ru: 'Неверный или устаревший код',
      en: 'The code is wrong or has expired',
    },
  },
  two_factor_required: {
    status: 403,
    messages: {
      az: 'Davam etmək üçün iki mərhələli girişi qoşun',
      ru: 'Чтобы продолжить, включите двухэтапный вход',
      en: 'Turn on two-step sign-in to go on',
    },
  },
  unknown_rubric: {
    status: 422,
    messages: {
      az: 'Belə rubrika yoxdur',
      ru: 'Такой рубрики нет',
      en: 'There is no such rubric',
    },
  },
  not_empty: {
    status: 409,
    messages: {
      az: 'Əvvəlcə materialları başqa yerə köçürün',
      ru: 'Сначала перенесите материалы',
      en: 'Move its stories elsewhere first',
    },
  },
  internal: {
    status: 500,
    messages: {
      az: 'Daxili xəta baş verdi',
      ru: 'Произошла внутренняя ошибка',
      en: 'Something went wrong on our side',
    },
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;

/** An error a user can understand: a stable code and a detail naming what is wrong. */
export class LedeError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  /** Extra fields for the answer, e.g. `{ field: 'email' }` or `{ retryAfter: 840 }` (seconds). */
  readonly data: Readonly<Record<string, string | number | boolean | null>>;
  constructor(
    code: ErrorCode,
    detail: string,
    data: Record<string, string | number | boolean | null> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'LedeError';
    this.code = code;
    this.detail = detail;
    this.data = data;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export function errorMessage(code: ErrorCode, edition: EditionCode): string {
  return ERRORS[code].messages[edition];
}
