import { z } from 'zod';
import { defineNode } from '../nodeDefinition';
import { timeOfDaySchema, weekdaySchema } from '../settingsFields';

export const waitTimeOfDayNode = defineNode({
  type: 'wait.time_of_day',
  category: 'wait',
  label: 'Wait for time of day',
  description: "Wait until the next given time (optionally on given weekdays) in the customer's timezone.",
  ko: { label: '시각까지 대기', description: '고객 시간대의 다음 지정 시각까지 기다립니다.' },
  settingsSchema: z.strictObject({
    time: timeOfDaySchema,
    /** Only these weekdays; any day when absent. */
    days: z
      .array(weekdaySchema)
      .min(1, 'Choose at least one day, or leave the days out for every day')
      .optional(),
  }),
  defaultSettings: { time: '09:00' },
  example: { time: '09:00', days: ['mon', 'fri'] },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: true,
});
