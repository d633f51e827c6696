import { type NodeType, nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { useReactFlow } from '@xyflow/react';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeDescription, nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { useEditorStore } from '../store/editorStore';
import { useQuickAddStore } from '../store/quickAddStore';
import { NodeIcon } from './NodeIcon';

/** Search box listing step types; arrows move, Enter inserts at the quick-add target (an edge, or after a node). */
export function QuickAddDialog() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const target = useQuickAddStore((state) => state.target);
  const close = useQuickAddStore((state) => state.close);
  const { screenToFlowPosition } = useReactFlow();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return nodeTypes.filter((type) =>
      needle === ''
        ? true
        : [type, nodeTypeLabel(type, 'en'), nodeTypeLabel(type, 'ko'), nodeTypeDescription(type, locale)]
            .join(' ')
            .toLowerCase()
            .includes(needle),
    );
  }, [query, locale]);

  useEffect(() => {
    if (target) {
      setQuery('');
      setActive(0);
      inputRef.current?.focus();
    }
  }, [target]);

  if (!target) return null;

  const choose = (type: NodeType) => {
    const store = useEditorStore.getState();
    if (target.edgeId) {
      store.insertOnEdge(target.edgeId, type, { x: target.position.x - 120, y: target.position.y - 30 });
    } else {
      const position = target.afterNodeId ? target.position : screenToFlowPosition(target.position);
      store.addNode(type, position, target.afterNodeId ? { connectFrom: target.afterNodeId } : undefined);
    }
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const type = matches[active];
      if (type) choose(type);
    } else if (event.key === 'Escape') {
      close();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside closes; Escape in the search box does the same for keyboards.
    <div className="jf-dialog-backdrop" onMouseDown={close}>
      <div
        className="jf-quickadd"
        role="dialog"
        aria-modal="true"
        aria-label={t('editor.quickAdd')}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <input
          ref={inputRef}
          className="jf-input"
          placeholder={t('editor.quickAddPlaceholder')}
          value={query}
          aria-label={t('editor.quickAdd')}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="jf-quickadd-list">
          {matches.map((type, index) => (
            <li key={type}>
              <button
                type="button"
                className={`jf-quickadd-item${index === active ? ' is-active' : ''}`}
                aria-current={index === active ? 'true' : undefined}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(type)}
              >
                <NodeIcon type={type} />
                <span className="jf-quickadd-name">{nodeTypeLabel(type, locale)}</span>
                <span className="jf-quickadd-desc">{nodeTypeDescription(type, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
