import { z } from 'zod';
import { defineNode } from '../nodeDefinition';

const gradeListSchema = z.array(z.string().min(1, 'A grade name cannot be empty'));

export const entryGradeNode = defineNode({
  type: 'entry.grade',
  category: 'entry',
  label: 'Grade change',
  description: 'A customer enters when their grade changes to one of the chosen grades.',
  ko: { label: '등급 변경', description: '고객 등급이 바뀌면 시작합니다.' },
  settingsSchema: z.strictObject({
    /** Previous grades that qualify; any previous grade when absent. */
    from: gradeListSchema.optional(),
    to: gradeListSchema.min(1, 'Choose at least one grade to enter on'),
  }),
  defaultSettings: { to: [] },
  example: { to: ['VIP'] },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings) =>
    settings.from?.some((grade) => settings.to.includes(grade))
      ? [
          {
            code: 'grade_from_to_overlap',
            message: 'A grade appears both in "from" and "to"; moving to the same grade never happens.',
            severity: 'warning',
            path: ['from'],
          },
        ]
      : [],
});
