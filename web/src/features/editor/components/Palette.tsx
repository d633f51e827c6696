import type { NodeCategory } from '@journeyflow/shared/journey/nodeDefinition';
import { type NodeType, nodeRegistry, nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { type DragEvent, memo } from 'react';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeDescription, nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { PALETTE_MIME } from './flowTypes';
import { NodeIcon } from './NodeIcon';

export const paletteCategories: readonly NodeCategory[] = [
  'entry',
  'wait',
  'logic',
  'message',
  'data',
  'exit',
];

function onDragStart(event: DragEvent, type: NodeType) {
  event.dataTransfer.setData(PALETTE_MIME, type);
  event.dataTransfer.setData('text/plain', type);
  event.dataTransfer.effectAllowed = 'move';
}

/** Every node type grouped by category; drag onto the canvas, or press Enter to add after the selection. */
export const Palette = memo(function Palette({ onAdd }: { readonly onAdd: (type: NodeType) => void }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  return (
    <aside className="jf-palette" aria-label={t('editor.palette')}>
      <h2 className="jf-panel-title">{t('editor.palette')}</h2>
      <p className="jf-hint">{t('editor.paletteHint')}</p>
      {paletteCategories.map((category) => (
        <section key={category} className="jf-palette-group">
          <h3 className={`jf-palette-heading cat-${category}`}>{t(`editor.category.${category}`)}</h3>
          {nodeTypes
            .filter((type) => nodeRegistry[type].category === category)
            .map((type) => (
              <button
                key={type}
                type="button"
                draggable
                className={`jf-palette-item cat-${category}`}
                data-testid={`palette-${type}`}
                title={nodeTypeDescription(type, locale)}
                onDragStart={(event) => onDragStart(event, type)}
                onClick={() => onAdd(type)}
              >
                <NodeIcon type={type} />
                <span>{nodeTypeLabel(type, locale)}</span>
              </button>
            ))}
        </section>
      ))}
    </aside>
  );
});
