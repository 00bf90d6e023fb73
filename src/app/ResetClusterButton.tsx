import { useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useT } from '../i18n/index.ts';
import { appStore } from '../store/index.ts';
import { HEADER_BUTTON } from './headerStyles.ts';

/** "Reset cluster" behind a confirmation: the default cluster comes back, files stay. */
export function ResetClusterButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={HEADER_BUTTON}
        onClick={() => setOpen(true)}
        data-testid="reset-cluster"
      >
        {t('header.reset')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('reset.title')}
        message={t('reset.message')}
        confirmLabel={t('reset.confirm')}
        cancelLabel={t('common.cancel')}
        danger
        testId="reset-dialog"
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          appStore.getState().resetCluster();
          appStore.getState().showNotice('cluster.reset');
        }}
      />
    </>
  );
}
