/**
 * HTTP access for the console and the candidate pages: JSON in and out, RFC 9457 problems turned into
 * `ApiError`, the signed-in user's token, and the local-only endpoints (`/_local/...`).
 */

const TOKEN_KEY = 'procedimenti.token';

/** A failed request: `problem` is the server's problem+json (or one made up for network failures). */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `Errore ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
  }
}

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * The one place a token is obtained. Locally: the dev sign-in (`Bearer dev.<userId>`, accepted only by
 * the local runtime). On AWS this becomes the Cognito hosted-UI flow, returning the ID token.
 */
export async function acquireToken(userId) {
  const token = `dev.${userId}`;
  sessionStorage.setItem(TOKEN_KEY, token);
  return token;
}

/**
 * Calls the API. `auth: true` sends the signed-in user's token. Resolves to the parsed JSON body
 * (or null for an empty one) — with `as: 'text'`, to the body as text (a document) —; rejects with
 * ApiError on any non-2xx answer or network failure.
 */
export async function api(path, { method = 'GET', body, auth = false, as = 'json' } = {}) {
  const headers = {
    accept: as === 'text' ? 'text/html, application/problem+json' : 'application/json, application/problem+json',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth) {
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Servizio non raggiungibile',
      detail: 'Impossibile contattare il servizio. Verificare la connessione e riprovare.',
      code: 'network',
    });
  }
  const text = await response.text();
  if (response.ok && as === 'text') return text;
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const problem =
      data && typeof data === 'object'
        ? { ...data, status: data.status ?? response.status }
        : { status: response.status, title: `Errore ${response.status}`, detail: 'Risposta inattesa dal servizio.' };
    throw new ApiError(problem);
  }
  return data;
}

/** A local-only endpoint: resolves to null when it does not exist (e.g. on AWS) or cannot be reached. */
export async function local(path, options) {
  try {
    return await api(path, options);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 0)) return null;
    throw error;
  }
}
