import type { Condition } from '@journeyflow/shared/journey/condition';
import type { ReactNode } from 'react';
import type { FieldErrors } from '../../../../../api/fieldErrors';
import { useT } from '../../../../../i18n/useT';
import { TextField } from '../fields';
import { withOptional } from './formProps';
import { settingField } from './settingField';
import { WhereFilter } from './WhereFilter';

/** Settings of a node that reacts to one named event, optionally filtered by its properties. */
type EventSettings = { readonly event: string; readonly where?: Condition | undefined };

/**
 * The field group every event-based node shares: the event name (from the known events), the node's own fields
 * (`children`), then the optional `where` filter on the event's properties.
 */
export function EventFields<S extends EventSettings>({
  placeholder,
  children,
  ...form
}: {
  readonly settings: S;
  readonly onChange: (settings: S) => void;
  readonly errors: FieldErrors;
  /** An example event name for this node type. */
  readonly placeholder: string;
  readonly children?: ReactNode;
}) {
  const { settings, onChange, errors } = form;
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.event')}
        list="jf-known-events"
        placeholder={placeholder}
        {...settingField(form, 'event')}
      />
      {children}
      <WhereFilter
        value={settings.where}
        errors={errors}
        onChange={(where) => onChange(withOptional(settings, 'where', where))}
      />
    </>
  );
}
