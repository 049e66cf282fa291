/**
 * Campaign data in the user's words: the offer, the RFM segment names, the
 * numbers inside translated sentences. Pure (t and the formatters come in),
 * so the tests check exactly what the page shows.
 */
import type { TFunction } from 'i18next';
import { RFM_SEGMENTS } from '../../../src-core/analytics';
import { describeOffer, type Offer } from '../../../src-core/campaigns';
import type { Formatters } from '../../format/use-format';

/** The formatters the campaign views need: the app's, plus points of a percentage ("12.3"). */
export interface CampaignFormat extends Formatters {
  points(value: number): string;
}

export function offerText(offer: Offer, t: TFunction, format: Formatters): string {
  const described = describeOffer(offer);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(described.params)) {
    params[name] = name === 'amount' || name === 'giftCost' ? format.money(value) : format.count(value);
  }
  return t(described.key, params);
}

/** RFM segment id → its name in the user's language (the Customers page's words, English as the fallback). */
export function segmentNames(t: TFunction): Record<string, string> {
  return Object.fromEntries(RFM_SEGMENTS.map((segment) => [segment.id, t(`customers.segments.${segment.id}`, { defaultValue: segment.name })]));
}
