import type { FastifyReply } from 'fastify';
import type { Permission } from '@hearth/core';
import type { z } from 'zod';
import type { RequestContext } from './context.ts';
import type { Clock } from '@hearth/core';
import type { Db } from './db.ts';

/** A permission from the registry, or `authenticated`: any signed-in account (its own session, its own profile). */
export type RoutePermission = Permission | 'authenticated';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type PublicContext = { db: Db; clock: Clock; requestId: string; ip: string };

type Input<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  headers: Record<string, string | undefined>;
  reply: FastifyReply;
};

type Common<P, Q, B> = {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Documents the success body in the OpenAPI document. */
  response?: z.ZodType;
  successStatus?: number;
};

/**
 * A route declares either the permission it needs or that it is public; there is no third kind
 * (house-style §3, "deny by default"; the route inventory test checks every registered route).
 */
export type RouteDef =
  | (Common<unknown, unknown, unknown> & {
      permission: RoutePermission;
      public?: undefined;
      handler: (input: Input<unknown, unknown, unknown> & { ctx: RequestContext }) => Promise<unknown>;
    })
  | (Common<unknown, unknown, unknown> & {
      public: true;
      permission?: undefined;
      handler: (input: Input<unknown, unknown, unknown> & { ctx: PublicContext }) => Promise<unknown>;
    });

export function route<P = undefined, Q = undefined, B = undefined>(
  def: Common<P, Q, B> & {
    permission: RoutePermission;
    handler: (input: Input<P, Q, B> & { ctx: RequestContext }) => Promise<unknown>;
  },
): RouteDef {
  return def as unknown as RouteDef;
}

export function publicRoute<P = undefined, Q = undefined, B = undefined>(
  def: Common<P, Q, B> & {
    public: true;
    handler: (input: Input<P, Q, B> & { ctx: PublicContext }) => Promise<unknown>;
  },
): RouteDef {
  return def as unknown as RouteDef;
}

/** Fastify's `:param` path syntax → OpenAPI's `{param}`. */
export const openApiPath = (url: string): string => url.replace(/:([A-Za-z]+)/g, '{$1}');

/** Sends a record with its ETag header, so the client can send it back in If-Match. */
export function tagged<T>(reply: FastifyReply, result: { dto: T; etag: string }): T {
  reply.header('etag', result.etag);
  return result.dto;
}
