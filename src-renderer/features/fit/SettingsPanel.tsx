/** The numbers behind every status, visible and editable: margins, hourly rate, factor weights, qualitative factors. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_FACTORS } from '../../../src-core/analytics/fit';
import { useAppStore } from '../../state/store';
import type { FitSettingsValue } from './fit-settings';
import { NumberField } from './NumberField';

interface SettingsPanelProps {
  settings: FitSettingsValue;
  products: readonly string[];
  clvAvailable: boolean;
}

/** Percent shown, fraction stored; rounded so 0.1 × 100 does not show as 10.000000000000002. */
const pct = (fraction: number) => Math.round(fraction * 10000) / 100;

export function SettingsPanel({ settings, products, clvAvailable }: SettingsPanelProps) {
  const { t } = useTranslation();
  const edit = useAppStore((state) => state.editFitSettings);
  const [product, setProduct] = useState('');
  const [factorLabel, setFactorLabel] = useState('');
  const byProduct = Object.entries(settings.margins.byProduct ?? {});

  return (
    <section className="panel fit-settings" aria-labelledby="fit-settings-title">
      <h2 id="fit-settings-title">{t('fit.settings.title')}</h2>
      <div className="fit-fields">
        <NumberField
          label={t('fit.settings.defaultMargin')}
          value={pct(settings.margins.defaultMargin)}
          min={0}
          max={100}
          testId="fit-default-margin"
          onCommit={(value) => value !== null && void edit({ type: 'defaultMargin', fraction: value / 100 })}
        />
        <NumberField
          label={t('fit.settings.hourlyRate')}
          value={settings.defaultHourlyRate}
          min={0}
          testId="fit-hourly-rate"
          onCommit={(value) => value !== null && void edit({ type: 'hourlyRate', rate: value })}
        />
      </div>

      <h3>{t('fit.settings.productMargins')}</h3>
      {byProduct.length === 0 ? <p className="muted">{t('fit.settings.noProductMargins')}</p> : null}
      {byProduct.map(([name, fraction]) => (
        <div key={name} className="fit-fields">
          <NumberField label={name} value={pct(fraction)} min={0} max={100} onCommit={(value) => value !== null && void edit({ type: 'productMargin', product: name, fraction: value / 100 })} />
          <button type="button" className="button button-quiet" onClick={() => void edit({ type: 'productMargin', product: name, fraction: null })}>
            {t('fit.settings.remove')}
          </button>
        </div>
      ))}
      {products.length > 0 ? (
        <div className="fit-fields">
          <label className="fit-field">
            <span>{t('fit.settings.product')}</span>
            <select value={product} onChange={(event) => setProduct(event.target.value)}>
              <option value="">{t('fit.settings.chooseProduct')}</option>
              {products
                .filter((name) => !(name in (settings.margins.byProduct ?? {})))
                .map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={product === ''}
            onClick={() => {
              void edit({ type: 'productMargin', product, fraction: settings.margins.defaultMargin });
              setProduct('');
            }}
          >
            {t('fit.settings.addProductMargin')}
          </button>
        </div>
      ) : null}

      <h3>{t('fit.settings.weights')}</h3>
      <p className="muted">{t('fit.settings.weightsHelp')}</p>
      <div className="fit-fields">
        {BUILT_IN_FACTORS.map((factor) => (
          <NumberField
            key={factor}
            label={t(`fit.weights.${factor}`)}
            value={settings.scoring.weights[factor]}
            min={0}
            testId={`fit-weight-${factor}`}
            onCommit={(value) => value !== null && void edit({ type: 'weight', factor, weight: value })}
          />
        ))}
      </div>
      {!clvAvailable ? <p className="muted">{t('fit.settings.noClv')}</p> : null}

      <h3>{t('fit.settings.qualitative')}</h3>
      <p className="muted">{t('fit.settings.qualitativeHelp')}</p>
      {settings.scoring.qualitative.map((factor) => (
        <div key={factor.id} className="fit-fields">
          <NumberField label={factor.label} value={factor.weight} min={0} onCommit={(value) => value !== null && void edit({ type: 'weight', factor: factor.id, weight: value })} />
          <button type="button" className="button button-quiet" onClick={() => void edit({ type: 'removeFactor', id: factor.id })}>
            {t('fit.settings.remove')}
          </button>
        </div>
      ))}
      <form
        className="fit-fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (factorLabel.trim() === '') return;
          void edit({ type: 'addFactor', label: factorLabel });
          setFactorLabel('');
        }}
      >
        <label className="fit-field fit-field-wide">
          <span>{t('fit.settings.factorName')}</span>
          <input type="text" value={factorLabel} placeholder={t('fit.settings.factorExample')} onChange={(event) => setFactorLabel(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={factorLabel.trim() === ''}>
          {t('fit.settings.addFactor')}
        </button>
      </form>
    </section>
  );
}
