/**
 * @module Who may do what: the three roles, ranked, and the one table of API routes that need more
 * than `official`. The app mounts `roleGuards()` in front of the API, `docs/roles.md` is written
 * from the same facts, and the role test walks every route against every role.
 */
import { createMiddleware } from 'hono/factory';
import type { Role } from '../db/tokens';
import type { AppEnv } from '../deps';
import { roleNames } from '../domain/review';
import { AppError } from './errors';

export const roleRank: Record<Role, number> = { official: 1, editor: 2, admin: 3 };

export const hasRole = (have: Role, need: Role) => roleRank[have] >= roleRank[need];

export function forbiddenRole(need: Role, have: Role): AppError {
  return new AppError('forbidden', `Det här kräver rollen ${roleNames[need]}; du är inloggad som ${roleNames[have]}.`);
}

/** Route-level middleware: the signed-in principal must have at least `role`. */
export const requireRoleAt = (role: Role) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const have = c.var.principal.role;
    if (!hasRole(have, role)) throw forbiddenRole(role, have);
    await next();
  });

export interface GuardedRoute {
  method: 'POST' | 'PUT' | 'DELETE';
  /** Path under /api/v1, in Hono's pattern syntax. */
  path: string;
  role: Exclude<Role, 'official'>;
}

/**
 * The API routes that need more than `official` (every other route under /api/v1 needs a valid
 * token of any role). Imports overwrite figures and so make editors' accepted texts stale; pulling
 * from outside sources does the same.
 */
export const GUARDED_ROUTES: readonly GuardedRoute[] = [
  { method: 'POST', path: '/reports', role: 'admin' },
  { method: 'POST', path: '/reports/:id/kolada', role: 'admin' },
  { method: 'POST', path: '/suggestions/:id/accept', role: 'editor' },
  { method: 'POST', path: '/suggestions/:id/reject', role: 'editor' },
  { method: 'POST', path: '/suggestions/:id/withdraw', role: 'editor' },
  { method: 'POST', path: '/reports/:id/revisions/:revision/restore', role: 'admin' },
  { method: 'PUT', path: '/settings', role: 'admin' },
];
