import { limitMessage } from '@journeyflow/shared/journey/conditionBounds';
import { LIMITS, type LimitName } from '@journeyflow/shared/limits';
import { defineAppError } from './appError';

/** 422 `limit_exceeded`: a size cap (shared `LIMITS`) was exceeded; details name it and its maximum. */
export const LimitExceededError = defineAppError(
  'LimitExceededError',
  'limit_exceeded',
  (limit: LimitName) => {
    const max = LIMITS[limit];
    return { message: limitMessage({ limit, max }), details: { limit, max } };
  },
);

/** 422 `segment_cycle`: saving would make segments refer to themselves through each other. */
export const SegmentCycleError = defineAppError(
  'SegmentCycleError',
  'segment_cycle',
  (cycle: readonly string[]) => ({
    message: `Segments would refer to each other in a loop: ${cycle.join(' → ')}`,
    details: { cycle },
  }),
);
