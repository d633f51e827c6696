/** A customer entering or leaving a segment; `entry.segment` journeys start on `entered`. */
export type SegmentTransition = {
  readonly segmentId: string;
  readonly customerId: string;
  readonly kind: 'entered' | 'exited';
};
