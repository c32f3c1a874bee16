export { blockRoles, roleOf } from './assign-roles';
export { BLOCK_ROLES, FURNITURE_ROLES, type BlockRole, type RoleDecision } from './role';
