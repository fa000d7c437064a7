// The session cookie: httpOnly, SameSite=Lax, Secure over https, on the whole site, living as long as its session.

import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'lede_session';

export function readSessionCookie(req: FastifyRequest): string | undefined {
  return (req as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[
    SESSION_COOKIE
  ];
}

/** Secure when the site's public URL is https, or the request came over https (a trusted proxy says so). */
function secure(req: FastifyRequest, publicUrl: string | undefined): boolean {
  return req.protocol === 'https' || (publicUrl?.startsWith('https:') ?? false);
}

/** Seconds from `now` until the session expires: the cookie's Max-Age. */
export function cookieMaxAge(expiresAt: string, now: Date): number {
  return Math.max(0, Math.floor((new Date(expiresAt).getTime() - now.getTime()) / 1000));
}

export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
  publicUrl?: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(req, publicUrl),
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  publicUrl?: string,
): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(req, publicUrl),
    path: '/',
  });
}
