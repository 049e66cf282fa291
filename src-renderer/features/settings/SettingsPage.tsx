/** App-wide choices (language, theme) and what this copy of the app is. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-core/bridge/contract';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { bridge } from '../../bridge';
import { PageHeader } from '../../components/PageHeader';
import { selectors } from '../../state/selectors';
import { THEMES } from '../../state/settings-slice';
import { useAppStore } from '../../state/store';
import { DataSafetyPanel } from './DataSafetyPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  const theme = useAppStore(selectors.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let current = true;
    bridge.getAppInfo().then(
      (appInfo) => current && setInfo(appInfo),
      () => undefined, // the About box simply stays without details
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="page" aria-labelledby="settings-title">
      <PageHeader id="settings-title" title={t('settings.title')} />
      <div className="panel settings-panel">
        <LanguageSwitcher />
        <fieldset className="field">
          <legend className="field-label">{t('settings.theme')}</legend>
          <div className="segmented">
            {THEMES.map((option) => (
              <label key={option} className="segmented-option">
                <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => void setTheme(option)} />
                {t(`settings.themes.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <DataSafetyPanel />
      <div className="panel">
        <h2 className="panel-title">{t('settings.about')}</h2>
        <p>{t('settings.privacy')}</p>
        {info ? (
          <p className="muted">
            {t('settings.version', { name: info.name, version: info.version })} · {t(`settings.hosts.${info.host}`)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
