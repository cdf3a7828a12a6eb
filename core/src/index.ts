// The public surface of @hearth/core: pure rules and types, shared by the server and the web app.
export * from './time/dates.ts';
export * from './cases/codes.ts';
export * from './cases/episode.rules.ts';
export * from './duties/due-items.ts';
export * from './rules/rule-pack.ts';
export * from './access/permissions.ts';
export * from './access/roles.ts';
export * from './access/can.ts';
export * from './access/sensitive.ts';
export * from './audit/actions.ts';
