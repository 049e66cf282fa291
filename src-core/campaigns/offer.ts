/**
 * What the customer is given: the offer's shape decides who costs money (every
 * contacted customer for a gift in the post, only buyers for a discount) and
 * how it reads in the contact list.
 */

export type Offer =
  | { kind: 'none' }
  /** A percentage off the next order, redeemable for validDays after contact. */
  | { kind: 'percentOff'; percent: number; validDays: number }
  /** A fixed amount off the next order (never more than the order itself). */
  | { kind: 'amountOff'; amount: number; validDays: number }
  /** Loyalty points worth percentBack % of the order. */
  | { kind: 'points'; percentBack: number }
  /** A gift sent to everyone contacted, or handed to those who buy. */
  | { kind: 'gift'; giftCost: number; giftTo: 'everyone' | 'responders' };

/** Cost of the offer for one customer who buys (expectedOrderValue = what they are expected to spend). */
export function offerCostPerResponder(offer: Offer, expectedOrderValue: number): number {
  switch (offer.kind) {
    case 'percentOff':
      return (offer.percent / 100) * expectedOrderValue;
    case 'amountOff':
      return Math.min(offer.amount, Math.max(0, expectedOrderValue));
    case 'points':
      return (offer.percentBack / 100) * expectedOrderValue;
    case 'gift':
      return offer.giftTo === 'responders' ? offer.giftCost : 0;
    case 'none':
      return 0;
  }
}

/** Cost of the offer for every customer contacted, whether or not they buy. */
export function offerCostPerContact(offer: Offer): number {
  return offer.kind === 'gift' && offer.giftTo === 'everyone' ? offer.giftCost : 0;
}

/** The offer as a translation key with its parameters, and in English for the CLI and the CSV fallback. */
export function describeOffer(offer: Offer): { key: string; params: Record<string, number>; english: string } {
  switch (offer.kind) {
    case 'percentOff':
      return {
        key: 'campaigns.offer.percentOff',
        params: { percent: offer.percent, validDays: offer.validDays },
        english: `${offer.percent}% off, valid ${offer.validDays} days`,
      };
    case 'amountOff':
      return {
        key: 'campaigns.offer.amountOff',
        params: { amount: offer.amount, validDays: offer.validDays },
        english: `${offer.amount} off, valid ${offer.validDays} days`,
      };
    case 'points':
      return { key: 'campaigns.offer.points', params: { percentBack: offer.percentBack }, english: `${offer.percentBack}% back in points` };
    case 'gift':
      return {
        key: offer.giftTo === 'everyone' ? 'campaigns.offer.giftEveryone' : 'campaigns.offer.giftResponders',
        params: { giftCost: offer.giftCost },
        english: offer.giftTo === 'everyone' ? 'A small gift' : 'A small gift with the next order',
      };
    case 'none':
      return { key: 'campaigns.offer.none', params: {}, english: 'No offer' };
  }
}

/** Problems with an offer the user typed, as translation keys (empty = valid). */
export function offerProblems(offer: Offer): string[] {
  const problems: string[] = [];
  const nonNegative = (value: number): boolean => Number.isFinite(value) && value >= 0;
  if (offer.kind === 'percentOff' && !(nonNegative(offer.percent) && offer.percent <= 100)) problems.push('campaigns.offer.percentRange');
  if (offer.kind === 'amountOff' && !nonNegative(offer.amount)) problems.push('campaigns.offer.amountNegative');
  if (offer.kind === 'points' && !(nonNegative(offer.percentBack) && offer.percentBack <= 100)) problems.push('campaigns.offer.percentRange');
  if (offer.kind === 'gift' && !nonNegative(offer.giftCost)) problems.push('campaigns.offer.giftNegative');
  if ((offer.kind === 'percentOff' || offer.kind === 'amountOff') && !(Number.isInteger(offer.validDays) && offer.validDays >= 1)) {
    problems.push('campaigns.offer.validDays');
  }
  return problems;
}

/**
 * Tactic defaults write fixed amounts in USD/EUR-like units; for currencies whose unit is worth
 * about a hundredth of that (yen, rouble) they are scaled so "10 off" does not become ¥10 off.
 */
const MONEY_SCALE: Readonly<Record<string, number>> = { JPY: 100, RUB: 100 };

export function offerInCurrency(offer: Offer, currency: string): Offer {
  const scale = MONEY_SCALE[currency.toUpperCase()] ?? 1;
  if (offer.kind === 'amountOff') return { ...offer, amount: offer.amount * scale };
  if (offer.kind === 'gift') return { ...offer, giftCost: offer.giftCost * scale };
  return { ...offer };
}
