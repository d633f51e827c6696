import { z } from 'zod';
import { defineNode } from '../nodeDefinition';
import { timeOfDaySchema, weekdaySchema } from '../settingsFields';

export const waitTimeOfDayNode = defineNode({
  type: 'wait.time_of_day',
  category: 'wait',
  label: 'Wait for time of day',
  description: "Wait until the next given time (optionally on given weekdays) in the customer's timezone.",
  settingsSchema: z.strictObject({
    time: timeOfDaySchema,
    /** Only these weekdays; any day when absent. */
    days: z
      .array(weekdaySchema)
      .min(1, 'Choose at least one day, or leave the days out for every day')
      .optional(),
  }),
  defaultSettings: { time: '09:00' },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: true,
});
