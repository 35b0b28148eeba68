import type { MiddlewareHandler } from 'hono';

/**
 * No inline script or style anywhere: the app ships only external, hashed files, so a strict
 * policy costs nothing and stops injected markup from running.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // blob: because the XLSX writer's zip library compresses large sheets in workers it starts from
  // blob: URLs inside the export worker; blob: URLs can only be made by scripts this policy allows.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * JSON (an API's answer, a static .json file) is no page: nothing in it may load or run, and no
 * page may frame it. Shorter too, on every sync answer.
 */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  // A route may set a stricter policy of its own (a photo's file: nothing runs, sandboxed).
  if (!c.res.headers.has('Content-Security-Policy')) {
    const json = (c.res.headers.get('Content-Type') ?? '').startsWith('application/json');
    c.header('Content-Security-Policy', json ? DATA_POLICY : CONTENT_SECURITY_POLICY);
  }
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()');
};
