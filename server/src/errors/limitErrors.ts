import { limitMessage } from '@journeyflow/shared/journey/conditionBounds';
import { LIMITS, type LimitName } from '@journeyflow/shared/limits';
import { AppError } from './appError';

/** 422 `limit_exceeded`: a size cap (shared `LIMITS`) was exceeded; details name it and its maximum. */
export class LimitExceededError extends AppError {
  override readonly name = 'LimitExceededError';
  constructor(limit: LimitName) {
    const max = LIMITS[limit];
    super({ code: 'limit_exceeded', message: limitMessage({ limit, max }), details: { limit, max } });
  }
}

/** 422 `segment_cycle`: saving would make segments refer to themselves through each other. */
export class SegmentCycleError extends AppError {
  override readonly name = 'SegmentCycleError';
  constructor(cycle: readonly string[]) {
    super({
      code: 'segment_cycle',
      message: `Segments would refer to each other in a loop: ${cycle.join(' → ')}`,
      details: { cycle },
    });
  }
}
