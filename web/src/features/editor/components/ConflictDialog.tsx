import { Dialog } from '../../../components/Dialog';
import { useT } from '../../../i18n/useT';

export function ConflictDialog({
  open,
  onReload,
  onOverwrite,
}: {
  readonly open: boolean;
  readonly onReload: () => Promise<void>;
  readonly onOverwrite: () => Promise<void>;
}) {
  const t = useT();
  return (
    <Dialog
      title={t('editor.conflictTitle')}
      open={open}
      onClose={() => undefined}
      actions={
        <>
          <button type="button" className="jf-button" onClick={() => void onReload()}>
            {t('editor.reload')}
          </button>
          <button type="button" className="jf-button jf-button-danger" onClick={() => void onOverwrite()}>
            {t('editor.overwrite')}
          </button>
        </>
      }
    >
      <p>{t('editor.conflictBody')}</p>
    </Dialog>
  );
}
