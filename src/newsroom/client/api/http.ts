// The newsroom API over fetch: JSON in and out, the session's CSRF token on writes, errors as ApiError.

export interface ApiErrorBody {
  error: string;
  message: string;
  [extra: string]: unknown;
}

/** An answer that is not 2xx: its status, stable error code, message and any extra fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message || `HTTP ${status}`);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.body.error;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Called when any request answers 401 (the session ended): the app goes back to sign-in. */
export function onSessionLost(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  /** The story version the change is based on (If-Match). */
  ifMatch?: number | string;
  signal?: AbortSignal;
  /** Do not treat a 401 as a lost session (the sign-in screen itself). */
  quiet401?: boolean;
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${String(options.ifMatch)}"`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { error: 'network', message: (error as Error).message });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { error: 'internal', message: text.slice(0, 200) };
  }
  if (!response.ok) {
    const errorBody =
      data && typeof data === 'object' && 'error' in data
        ? (data as ApiErrorBody)
        : { error: 'internal', message: `HTTP ${response.status}` };
    if (response.status === 401 && !options.quiet401) onUnauthenticated?.();
    throw new ApiError(response.status, errorBody);
  }
  return data as T;
}

/** "?status=draft&mine=1" from the set values of an object. */
export function query(
  params: Record<string, string | number | boolean | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    search.set(key, value === true ? '1' : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
