import { z } from 'zod';
import { LIMITS, withinLimit } from '../../limits';
import { branchHandles } from '../branchHandles';
import { duplicateBranchIssues } from '../duplicateBranchIssues';
import { defineNode } from '../nodeDefinition';
import { branchIdSchema } from '../settingsFields';

export const splitRandomNode = defineNode({
  type: 'split.random',
  category: 'logic',
  label: 'Random split (A/B)',
  description: 'Send each customer down one branch at random, by percentage.',
  ko: { label: '무작위 분기 (A/B)', description: '비율에 따라 무작위로 나눕니다.' },
  settingsSchema: z.strictObject({
    branches: z
      .array(
        z.strictObject({
          id: branchIdSchema,
          label: z.string(),
          percent: z
            .number()
            .min(0, 'A percentage cannot be negative')
            .max(100, 'A percentage is at most 100'),
        }),
      )
      .min(2, 'A random split needs at least two branches')
      .superRefine(withinLimit('splitBranches', `A split has at most ${LIMITS.splitBranches} branches`)),
  }),
  defaultSettings: {
    branches: [
      { id: 'a', label: 'A', percent: 50 },
      { id: 'b', label: 'B', percent: 50 },
    ],
  },
  example: {
    branches: [
      { id: 'a', label: 'A', percent: 90 },
      { id: 'control', label: 'Control', percent: 10 },
    ],
  },
  outputHandles: (settings) => branchHandles(settings.branches),
  requiredHandles: (settings) => branchHandles(settings.branches),
  isWait: false,
  validate: (settings) => {
    const issues = duplicateBranchIssues(settings.branches);
    const sum = settings.branches.reduce((total, branch) => total + branch.percent, 0);
    // Tolerate float noise such as 33.3 + 33.3 + 33.4.
    if (Math.abs(sum - 100) > 1e-6) {
      issues.push({
        code: 'split_percent_sum',
        message: `The branch percentages add up to ${Number(sum.toFixed(4))}%; they must add up to 100%.`,
        severity: 'error',
        path: ['branches'],
      });
    }
    return issues;
  },
});
