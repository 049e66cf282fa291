/**
 * The ways a small business reaches a customer, what each costs by default, and
 * which contact detail it needs (so targeting can leave out the unreachable).
 * Labels are translation keys; the English name is there for the CLI and tests.
 */
import type { CustomerRecord } from '../data/columnar';

export const CHANNEL_IDS = ['email', 'sms', 'phone', 'letter', 'messenger', 'inPerson'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** The contact field a channel cannot work without; null when order exports cannot tell (addresses, social handles, the shop counter). */
export type ContactDetail = 'email' | 'phone' | null;

export interface Channel {
  id: ChannelId;
  labelKey: string;
  name: string;
  contactDetail: ContactDetail;
  /** Why the contact detail is not checked, as a translation key (null when it is checked). */
  uncheckedNoteKey: string | null;
}

export const CHANNELS: readonly Channel[] = [
  { id: 'email', labelKey: 'campaigns.channel.email', name: 'E-mail', contactDetail: 'email', uncheckedNoteKey: null },
  { id: 'sms', labelKey: 'campaigns.channel.sms', name: 'SMS', contactDetail: 'phone', uncheckedNoteKey: null },
  { id: 'phone', labelKey: 'campaigns.channel.phone', name: 'Phone call', contactDetail: 'phone', uncheckedNoteKey: null },
  {
    id: 'letter',
    labelKey: 'campaigns.channel.letter',
    name: 'Letter',
    contactDetail: null,
    uncheckedNoteKey: 'campaigns.channel.letterUnchecked',
  },
  {
    id: 'messenger',
    labelKey: 'campaigns.channel.messenger',
    name: 'Social / messenger',
    contactDetail: null,
    uncheckedNoteKey: 'campaigns.channel.messengerUnchecked',
  },
  {
    id: 'inPerson',
    labelKey: 'campaigns.channel.inPerson',
    name: 'In person',
    contactDetail: null,
    uncheckedNoteKey: 'campaigns.channel.inPersonUnchecked',
  },
];

export function channelById(id: ChannelId): Channel {
  // CHANNELS covers every ChannelId, so the lookup cannot miss.
  return CHANNELS.find((channel) => channel.id === id) ?? CHANNELS[0]!;
}

export function isChannelId(value: string): value is ChannelId {
  return CHANNEL_IDS.some((id) => id === value);
}

/**
 * Default cost of one contact, in major units, by currency. Rough 2020s small-business
 * prices (bulk e-mail tools, SMS gateways, a few minutes of staff time, postage and print);
 * the user edits them. Currencies without their own row use the generic (USD/EUR-like) one.
 */
const CONTACT_COSTS: Readonly<Record<string, Readonly<Record<ChannelId, number>>>> = {
  generic: { email: 0.02, sms: 0.08, phone: 2.5, letter: 1.5, messenger: 0.05, inPerson: 5 },
  JPY: { email: 2, sms: 10, phone: 300, letter: 150, messenger: 5, inPerson: 600 },
  RUB: { email: 1, sms: 5, phone: 150, letter: 100, messenger: 2, inPerson: 400 },
};

export function defaultContactCost(channel: ChannelId, currency: string): number {
  const table = CONTACT_COSTS[currency.toUpperCase()] ?? CONTACT_COSTS['generic']!;
  return table[channel];
}

/** Whether the customer can be reached on the channel; channels whose detail is not in the data always pass. */
export function hasContactDetail(customer: Pick<CustomerRecord, 'email' | 'phone'>, channel: ChannelId): boolean {
  const detail = channelById(channel).contactDetail;
  if (detail === 'email') return /\S+@\S+/.test(customer.email);
  if (detail === 'phone') return customer.phone.replace(/\D/g, '').length >= 5;
  return true;
}
