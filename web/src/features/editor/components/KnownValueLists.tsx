import { useMemo } from 'react';
import { useEditorStore } from '../store/editorStore';

/** Events the demo shop and the seed journeys send; suggestions only, any name can be typed. */
const commonEvents = [
  'product_viewed',
  'product_searched',
  'cart_added',
  'purchase',
  'signup',
  'app_opened',
  'coupon_used',
  'unsubscribe',
];

/** <datalist>s behind the event and segment inputs: common names plus every name used in this journey. */
export function KnownValueLists() {
  const nodes = useEditorStore((state) => state.graph.nodes);
  const { events, segments } = useMemo(() => {
    const eventSet = new Set(commonEvents);
    const segmentSet = new Set<string>();
    for (const node of nodes) {
      const settings = node.settings as Record<string, unknown>;
      for (const key of ['event', 'withoutEvent'])
        if (typeof settings[key] === 'string' && settings[key]) eventSet.add(settings[key] as string);
      if (typeof settings.segmentId === 'string' && settings.segmentId) segmentSet.add(settings.segmentId);
    }
    return { events: [...eventSet].sort(), segments: [...segmentSet].sort() };
  }, [nodes]);
  return (
    <>
      <datalist id="jf-known-events">
        {events.map((event) => (
          <option key={event} value={event} />
        ))}
      </datalist>
      <datalist id="jf-known-segments">
        {segments.map((segment) => (
          <option key={segment} value={segment} />
        ))}
      </datalist>
    </>
  );
}
