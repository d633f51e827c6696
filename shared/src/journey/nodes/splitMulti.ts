import { z } from 'zod';
import { LIMITS, withinLimit } from '../../limits';
import { branchHandles } from '../branchHandles';
import { conditionSchema } from '../condition';
import { duplicateBranchIssues } from '../duplicateBranchIssues';
import { defineNode } from '../nodeDefinition';
import { branchIdSchema } from '../settingsFields';

export const splitMultiNode = defineNode({
  type: 'split.multi',
  category: 'logic',
  label: 'Multi-split',
  description: 'Go on by the first branch whose condition holds, or by "else".',
  ko: { label: '다중 분기', description: '처음으로 맞는 분기로, 없으면 그 외로 갑니다.' },
  settingsSchema: z.strictObject({
    branches: z
      .array(
        z.strictObject({
          id: branchIdSchema.refine((id) => id !== 'else', '"else" is reserved for the fallback branch'),
          label: z.string(),
          condition: conditionSchema,
        }),
      )
      .min(1, 'Add at least one branch')
      .superRefine(withinLimit('splitBranches', `A split has at most ${LIMITS.splitBranches} branches`)),
  }),
  defaultSettings: {
    branches: [{ id: 'branch_1', label: 'Branch 1', condition: { attribute: '', op: 'eq', value: '' } }],
  },
  example: {
    branches: [{ id: 'vip', label: 'VIP', condition: { attribute: 'grade', op: 'eq', value: 'VIP' } }],
  },
  outputHandles: (settings) => [...branchHandles(settings.branches), 'else'],
  requiredHandles: (settings) => [...branchHandles(settings.branches), 'else'],
  isWait: false,
  validate: (settings) => duplicateBranchIssues(settings.branches),
});
