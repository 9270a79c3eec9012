/** The roles of a plan's members (DESIGN §5); an administrator (ADMIN_EMAILS) acts as `admin` in every plan. */
export const ROLES = ['reporter', 'reviewer', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
