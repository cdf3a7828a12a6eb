import { z } from 'zod';
import { PEOPLE_ROLES } from './child-people.repo.ts';

export const ChildPeople = z.object({
  people: z.array(
    z.object({
      role: z.enum(PEOPLE_ROLES),
      name: z.string(),
      /** Only for the caseworker and the child's own GAL or attorney, when recorded. */
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
});
export type ChildPeopleDto = z.infer<typeof ChildPeople>;
