import type { Condition } from '@journeyflow/shared/journey/condition';
import { useState } from 'react';
import { ConditionBuilder } from '../ConditionBuilder';

/** A condition builder that keeps its own value, as a form would, and reports every change to `onValue`. */
export function ConditionBuilderHarness({
  initial,
  onValue,
}: {
  initial: Condition;
  onValue: (value: Condition) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <ConditionBuilder
      value={value}
      path="condition"
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}
