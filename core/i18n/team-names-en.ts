import type { SameKeys } from './same-keys';
import type { teamNamesSv } from './team-names-sv';

/** The names of a team member's category and duties, in English (see team-names-sv.ts). */
export const teamNamesEn: SameKeys<typeof teamNamesSv> = {
  kinds: { politician: 'Politician', civil_servant: 'Civil servant', cso: 'Civil society', other: 'Other' },
  coordinator: 'Coordinator',
  icldContact: 'ICLD contact',
  projectManager: 'Project manager',
};
