import { useT } from '../../../i18n/useT';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import type { WebNodePlugin } from './webNodePlugin';

export function ExitForm(_props: NodeFormProps<'exit'>) {
  const t = useT();
  return <p className="jf-hint">{t('inspector.exit')}</p>;
}

export const exitWebPlugin: WebNodePlugin<'exit'> = {
  Form: ExitForm,
  icon: 'M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9',
  summary: () => '',
};
