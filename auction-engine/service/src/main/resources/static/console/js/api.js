// Calls to the engine's API from the console, authorised by the session cookie. Every request that changes
// something carries the session's CSRF token; a refusal arrives as RFC 9457 problem+json and is thrown as
// an ApiError naming its code, field and, for an import, each row's error.

let csrf = null;

/** Sets the CSRF token to send: {headerName, token}. */
export function setCsrf(token) {
  csrf = token;
}

/** A refusal by the API. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || ('HTTP ' + status));
    this.status = status;
    this.code = (problem && problem.code) || 'HTTP_' + status;
    this.field = (problem && problem.field) || null;
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
    this.problem = problem || {};
  }
}

/**
 * Sends a request; resolves to {data, date} (date: the server's Date header as epoch ms, or null).
 * options: {json} for a JSON body, or {text, contentType} for a text body.
 */
export async function request(method, path, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text !== undefined) {
    headers['Content-Type'] = options.contentType;
    body = options.text;
  }
  if (method !== 'GET' && csrf) {
    headers[csrf.headerName] = csrf.token;
  }
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  if (response.status === 401) {
    window.location.assign('/console/login');
    throw new ApiError(401, { code: 'UNAUTHENTICATED', detail: 'signed out' });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, typeof data === 'object' ? data : { detail: String(data) });
  }
  const date = response.headers.get('Date');
  return { data, date: date ? Date.parse(date) : null };
}

/** GET path and resolve to its JSON. */
export async function get(path) {
  return (await request('GET', path)).data;
}

/** POST a JSON body (or none) and resolve to the answer's JSON. */
export async function post(path, json) {
  return (await request('POST', path, json === undefined ? {} : { json })).data;
}
