import type { NodeSettingsIssue } from './nodeDefinition';

/** Branch ids become handle ids, so they must be unique within a node. */
export function duplicateBranchIssues(branches: readonly { id: string }[]): NodeSettingsIssue[] {
  const seen = new Set<string>();
  const issues: NodeSettingsIssue[] = [];
  branches.forEach((branch, index) => {
    if (seen.has(branch.id)) {
      issues.push({
        code: 'duplicate_branch_id',
        message: `Two branches share the id "${branch.id}"; each branch needs its own id.`,
        severity: 'error',
        path: ['branches', index, 'id'],
      });
    }
    seen.add(branch.id);
  });
  return issues;
}
