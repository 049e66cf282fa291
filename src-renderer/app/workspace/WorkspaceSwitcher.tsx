/** Choose, create, rename and delete workspaces. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { DeleteWorkspaceDialog } from './DeleteWorkspaceDialog';
import { WorkspaceNameDialog } from './WorkspaceNameDialog';

type OpenDialog = 'create' | 'rename' | 'delete' | null;

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const workspaces = useAppStore(selectors.workspaces);
  const active = useAppStore(selectors.activeWorkspace);
  const { openWorkspace, createWorkspace, renameWorkspace, deleteWorkspace } = useAppStore.getState();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  return (
    <div className="workspace-switcher">
      <label className="field field-inline">
        <span className="field-label">{t('workspace.label')}</span>
        <select
          value={active?.id ?? ''}
          disabled={workspaces.length === 0}
          onChange={(event) => void openWorkspace(event.target.value)}
        >
          {workspaces.length === 0 ? <option value="">{t('workspace.none')}</option> : null}
          {workspaces.map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.isDemo ? t('workspace.demoName', { name: workspace.name }) : workspace.name}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar" role="toolbar" aria-label={t('workspace.actions')}>
        <button type="button" className="button" onClick={() => setDialog('create')}>
          {t('workspace.new')}
        </button>
        <button type="button" className="button" disabled={!active} onClick={() => setDialog('rename')}>
          {t('actions.rename')}
        </button>
        <button type="button" className="button button-danger-quiet" disabled={!active} onClick={() => setDialog('delete')}>
          {t('actions.delete')}
        </button>
      </div>

      {dialog === 'create' ? (
        <WorkspaceNameDialog
          mode="create"
          initialName=""
          onClose={close}
          onSubmit={(name, currency) => {
            close();
            void createWorkspace(name, currency);
          }}
        />
      ) : null}
      {dialog === 'rename' && active ? (
        <WorkspaceNameDialog
          mode="rename"
          initialName={active.name}
          onClose={close}
          onSubmit={(name) => {
            close();
            void renameWorkspace(active.id, name);
          }}
        />
      ) : null}
      {dialog === 'delete' && active ? (
        <DeleteWorkspaceDialog
          name={active.name}
          onClose={close}
          onConfirm={() => {
            close();
            void deleteWorkspace(active.id);
          }}
        />
      ) : null}
    </div>
  );
}
