/** The offer's kind and its numbers (discount, amount, points, gift), whichever the kind needs. */
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../src-core/campaigns';
import { NumberField } from './NumberField';

const OFFER_KINDS = ['none', 'percentOff', 'amountOff', 'points', 'gift'] as const;

function offerOfKind(kind: Offer['kind'], previous: Offer): Offer {
  const validDays = 'validDays' in previous ? previous.validDays : 14;
  switch (kind) {
    case 'none':
      return { kind };
    case 'percentOff':
      return { kind, percent: 10, validDays };
    case 'amountOff':
      return { kind, amount: 10, validDays };
    case 'points':
      return { kind, percentBack: 5 };
    case 'gift':
      return { kind, giftCost: 5, giftTo: 'everyone' };
  }
}

export function OfferFields({ offer, currency, onChange }: { offer: Offer; currency: string; onChange(offer: Offer): void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span className="field-label">{t('campaigns.offer.kind')}</span>
        <select value={offer.kind} onChange={(event) => {
          const kind = OFFER_KINDS.find((candidate) => candidate === event.target.value);
          if (kind) onChange(offerOfKind(kind, offer));
        }}>
          {OFFER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`campaigns.offer.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {offer.kind === 'percentOff' ? <NumberField label={t('campaigns.offer.percent')} suffix="%" value={offer.percent} onChange={(percent) => onChange({ ...offer, percent })} /> : null}
      {offer.kind === 'amountOff' ? <NumberField label={t('campaigns.offer.amount')} suffix={currency} value={offer.amount} onChange={(amount) => onChange({ ...offer, amount })} /> : null}
      {offer.kind === 'percentOff' || offer.kind === 'amountOff' ? (
        <NumberField label={t('campaigns.offer.validDaysLabel')} value={offer.validDays} onChange={(validDays) => onChange({ ...offer, validDays })} />
      ) : null}
      {offer.kind === 'points' ? <NumberField label={t('campaigns.offer.percentBack')} suffix="%" value={offer.percentBack} onChange={(percentBack) => onChange({ ...offer, percentBack })} /> : null}
      {offer.kind === 'gift' ? (
        <>
          <NumberField label={t('campaigns.offer.giftCost')} suffix={currency} value={offer.giftCost} onChange={(giftCost) => onChange({ ...offer, giftCost })} />
          <label className="field">
            <span className="field-label">{t('campaigns.offer.giftTo')}</span>
            <select value={offer.giftTo} onChange={(event) => onChange({ ...offer, giftTo: event.target.value === 'responders' ? 'responders' : 'everyone' })}>
              <option value="everyone">{t('campaigns.offer.giftToEveryone')}</option>
              <option value="responders">{t('campaigns.offer.giftToResponders')}</option>
            </select>
          </label>
        </>
      ) : null}
    </>
  );
}
