import { ROLES, SENSITIVE_FIELD_CLASSES } from '@hearth/core';
import { z } from 'zod';
import { isoDateTime, uuid } from '../platform/schemas.ts';

export const CreateAccountBody = z.strictObject({
  email: z.email('must be an e-mail address').max(320),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(12, 'must be at least 12 characters').max(1024),
  roles: z.array(z.enum(ROLES)).min(1, 'give at least one role').max(ROLES.length),
  personId: uuid.optional(),
  judgeId: uuid.optional(),
  courtId: uuid.optional(),
  unitId: uuid.optional(),
  preferredLanguage: z.enum(['en', 'es']).default('en'),
});

export const SetRolesBody = z.strictObject({
  roles: z.array(z.enum(ROLES)).min(1, 'give at least one role').max(ROLES.length),
});

export const GrantBody = z.strictObject({
  accountId: uuid,
  fieldClass: z.enum(SENSITIVE_FIELD_CLASSES),
  caseId: uuid.optional(),
  reason: z.string().trim().min(10, 'state the reason in at least 10 characters').max(1000),
  expiresAt: isoDateTime.optional(),
});
