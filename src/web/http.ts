/** Small fetch helpers: JSON in and out, errors turned into messages people can read. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function failure(res: Response): Promise<ApiError> {
  let detail = res.statusText;
  try {
    const body = (await res.json()) as { message?: string; error?: string };
    detail = body.message ?? body.error ?? detail;
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(`${res.status} ${detail}`, res.status);
}

export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const qs = params && params.toString() ? `?${params}` : '';
  const res = await fetch(`${path}${qs}`, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

const TOKEN_KEY = 'sitrep.token';

/** The API token for writes, when the server needs one (`sitrep serve --token`), kept in this browser. */
export function apiToken(): string | undefined {
  return localStorage.getItem(TOKEN_KEY) || undefined;
}

export function setApiToken(token: string | undefined): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** A write: JSON body (none for DELETE), JSON answer (undefined for 204 No Content). */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const token = apiToken();
  const res = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 401) throw new ApiError('this server needs its API token for changes: click “API token” at the top and paste it', 401);
  if (!res.ok) throw await failure(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** True for the error an aborted fetch throws (a newer request replaced it). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
