import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useT } from '../../../i18n/useT';

/** React Flow's built-in accessible labels and help texts in the reader's language. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.rf.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('canvas.rf.nodeHelpKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('canvas.rf.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('canvas.rf.edgeHelp'),
      'controls.ariaLabel': t('canvas.rf.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.rf.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.rf.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.rf.fitView'),
      'controls.interactive.ariaLabel': t('canvas.rf.interactive'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.rf.handle'),
    }),
    [t],
  );
}
