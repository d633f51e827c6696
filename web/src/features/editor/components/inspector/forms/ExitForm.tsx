import { useT } from '../../../../../i18n/useT';
import type { NodeFormProps } from './formProps';

export function ExitForm(_props: NodeFormProps<'exit'>) {
  const t = useT();
  return <p className="jf-hint">{t('inspector.exit')}</p>;
}
