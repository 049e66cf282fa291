/**
 * Known export shapes. A preset is recognised when all of its signature headers
 * are present; its mapping is then used for the headers the file really has.
 * Header lists follow the platforms' own exports (Shopify orders, WooCommerce
 * order export, Stripe unified payments, Square item details / transactions,
 * Amazon order reports, BASE, Rakuten RMS, 1C registers).
 */
import type { ColumnMapping } from '../model/orders';

export interface Preset {
  name: string;
  /** Every one of these (normalised) must be a header of the file. */
  signature: string[];
  /** Currency of amounts when neither a column nor a symbol says (BASE and Rakuten sell in yen). */
  currency?: string;
  /** canonical → candidate headers, first present wins. */
  mapping: Partial<Record<keyof ColumnMapping, string[]>>;
}

export const PRESETS: Preset[] = [
  {
    name: 'shopify-orders',
    signature: ['name', 'financial status', 'created at', 'lineitem name', 'total'],
    mapping: {
      orderId: ['Name'],
      orderDate: ['Created at'],
      email: ['Email'],
      phone: ['Phone', 'Billing Phone'],
      customerName: ['Billing Name', 'Shipping Name'],
      orderTotal: ['Total'],
      quantity: ['Lineitem quantity'],
      unitPrice: ['Lineitem price'],
      refundAmount: ['Refunded Amount'],
      status: ['Financial Status'],
      currency: ['Currency'],
      product: ['Lineitem name'],
      channel: ['Source'],
      country: ['Billing Country', 'Shipping Country'],
      discountCode: ['Discount Code'],
    },
  },
  {
    name: 'woocommerce',
    signature: ['order_id', 'order_date', 'billing_email', 'order_total'],
    mapping: {
      orderId: ['order_number', 'order_id'],
      orderDate: ['order_date'],
      customerId: ['customer_id'],
      email: ['billing_email'],
      phone: ['billing_phone'],
      customerName: ['billing_first_name'],
      orderTotal: ['order_total'],
      lineAmount: ['item_total'],
      quantity: ['item_quantity'],
      refundAmount: ['refunded_total'],
      status: ['status'],
      currency: ['order_currency'],
      product: ['item_name'],
      country: ['billing_country'],
      discountCode: ['coupon_items'],
    },
  },
  {
    name: 'woocommerce-analytics',
    signature: ['order #', 'status', 'customer', 'net sales'],
    mapping: { orderId: ['Order #'], orderDate: ['Date'], customerName: ['Customer'], orderTotal: ['Net Sales'], status: ['Status'], product: ['Product(s)'], quantity: ['Items sold'], discountCode: ['Coupon(s)'], channel: ['Attribution'] },
  },
  {
    name: 'stripe-payments',
    signature: ['id', 'created date (utc)', 'amount', 'amount refunded', 'status'],
    mapping: {
      orderId: ['id'],
      orderDate: ['Created date (UTC)'],
      customerId: ['Customer ID'],
      email: ['Customer Email', 'Receipt Email'],
      customerName: ['Customer Description', 'Shipping Name'],
      orderTotal: ['Amount'],
      refundAmount: ['Amount Refunded'],
      status: ['Status'],
      currency: ['Currency'],
      product: ['Description'],
      country: ['Card Address Country', 'Card Issue Country'],
    },
  },
  {
    name: 'square-item-details',
    signature: ['date', 'time', 'item', 'qty', 'net sales', 'transaction id'],
    mapping: {
      orderId: ['Transaction ID'],
      orderDate: ['Date'],
      orderTime: ['Time'],
      customerId: ['Customer ID'],
      customerName: ['Customer Name'],
      lineAmount: ['Net Sales'],
      quantity: ['Qty'],
      product: ['Item'],
      channel: ['Channel'],
    },
  },
  {
    name: 'square-transactions',
    signature: ['date', 'time', 'gross sales', 'net sales', 'total collected', 'transaction id'],
    mapping: {
      orderId: ['Transaction ID'],
      orderDate: ['Date'],
      orderTime: ['Time'],
      customerId: ['Customer ID'],
      customerName: ['Customer Name'],
      orderTotal: ['Net Sales'],
      refundAmount: ['Partial Refunds'],
      channel: ['Source', 'Channel'],
    },
  },
  {
    name: 'amazon-orders',
    signature: ['amazon-order-id', 'purchase-date'],
    mapping: {
      orderId: ['amazon-order-id'],
      orderDate: ['purchase-date'],
      email: ['buyer-email'],
      customerName: ['buyer-name'],
      phone: ['buyer-phone-number'],
      lineAmount: ['item-price'],
      quantity: ['quantity-purchased', 'quantity'],
      status: ['order-status'],
      currency: ['currency'],
      product: ['product-name'],
      channel: ['sales-channel'],
      country: ['ship-country'],
    },
  },
  {
    name: 'base',
    currency: 'JPY',
    signature: ['注文id', '注文日時', 'メールアドレス(請求先)'],
    mapping: {
      orderId: ['注文ID'],
      orderDate: ['注文日時'],
      email: ['メールアドレス(請求先)'],
      phone: ['電話番号(請求先)'],
      customerName: ['氏(請求先)'],
      orderTotal: ['合計金額'],
      quantity: ['数量'],
      unitPrice: ['価格'],
      status: ['注文状況', '発送状況'],
      product: ['商品名'],
      discountCode: ['クーポン'],
    },
  },
  {
    name: 'rakuten-rms',
    currency: 'JPY',
    signature: ['受注番号', '注文日時', '注文者メールアドレス'],
    mapping: {
      orderId: ['受注番号'],
      orderDate: ['注文日時'],
      email: ['注文者メールアドレス'],
      phone: ['注文者電話番号'],
      customerName: ['注文者名字', '注文者氏名'],
      orderTotal: ['合計金額', '請求金額'],
      quantity: ['個数'],
      unitPrice: ['単価'],
      status: ['ステータス'],
      product: ['商品名'],
    },
  },
  {
    name: '1c-register',
    signature: ['дата', 'номер', 'контрагент', 'сумма'],
    mapping: {
      orderId: ['Номер'],
      orderDate: ['Дата'],
      customerName: ['Контрагент'],
      customerId: ['ИНН'],
      lineAmount: ['Сумма'],
      quantity: ['Количество'],
      unitPrice: ['Цена'],
      status: ['Статус', 'Состояние'],
      currency: ['Валюта'],
      product: ['Номенклатура'],
      channel: ['Склад'],
    },
  },
];

/**
 * Common header names by canonical field, normalised (lower case, NFKC).
 * Exact names first; `contains` words catch the long tail ("Order date (UTC)").
 */
export const SYNONYMS: Record<keyof ColumnMapping, { exact: string[]; contains: string[] }> = {
  orderId: {
    exact: ['bestellnummer', 'bestellung', 'commande', 'n° de commande', 'order id', 'order_id', 'orderid', 'order number', 'order no', 'order no.', 'order #', 'order', 'invoice', 'invoice number', 'invoice no', 'transaction id', 'receipt number', 'number_of_order', '注文番号', '注文id', '受注番号', '受注id', 'オーダーid', '伝票番号', 'номер заказа', 'номер', 'заказ', 'номер документа', 'документ', 'регистратор'],
    contains: ['order id', 'order number', '注文番号', 'номер заказа'],
  },
  orderDate: {
    exact: ['datum', 'bestelldatum', 'date de commande', 'date', 'order date', 'order_date', 'created at', 'created', 'created_at', 'purchase date', 'purchase-date', 'date created', 'transaction date', 'paid at', '注文日', '注文日時', '受注日', '受注日時', '購入日', '購入日時', '日付', 'дата', 'дата заказа', 'дата документа', 'период', 'дата продажи'],
    contains: ['order date', 'date', 'created', '注文日', '日時', '日付', 'дата'],
  },
  orderTime: { exact: ['time', 'order time', '注文時間', '時刻', 'время'], contains: [] },
  customerId: {
    exact: ['customer id', 'customer_id', 'customerid', 'customer number', 'client id', 'user id', 'buyer id', 'member id', '顧客id', '顧客番号', '会員id', '会員番号', 'код клиента', 'код покупателя', 'id клиента', 'инн'],
    contains: ['customer id', 'customer_id', '顧客id', '会員id', 'код клиента'],
  },
  email: {
    exact: ['email', 'e-mail', 'email address', 'customer email', 'billing email', 'buyer-email', 'メールアドレス', 'メール', 'eメール', 'почта', 'электронная почта', 'e-mail клиента', 'email клиента'],
    contains: ['email', 'e-mail', 'メール', 'почта'],
  },
  phone: {
    exact: ['phone', 'phone number', 'telephone', 'mobile', 'billing phone', '電話番号', '電話', 'телефон', 'мобильный'],
    contains: ['phone', '電話', 'телефон'],
  },
  customerName: {
    exact: ['customer', 'customer name', 'name', 'client', 'client name', 'buyer', 'buyer name', 'billing name', 'full name', '顧客名', '顧客', 'お客様名', '氏名', '購入者', '注文者', '名前', 'клиент', 'покупатель', 'контрагент', 'фио', 'заказчик', 'имя', 'kunde', 'kundenname'],
    contains: ['customer', 'client', '顧客', '氏名', 'клиент', 'покупател', 'контрагент'],
  },
  orderTotal: {
    exact: ['total', 'order total', 'order_total', 'grand total', 'total amount', 'amount', 'total price', 'sales', 'net sales', 'revenue', 'dollar_value', '合計', '合計金額', '総額', '請求金額', '売上', '売上金額', '金額', 'сумма', 'итого', 'сумма заказа', 'сумма документа', 'выручка', 'сумма продажи', 'betrag', 'gesamtbetrag', 'summe', 'montant'],
    contains: ['total', 'amount', 'revenue', '合計', '金額', 'сумма'],
  },
  lineAmount: {
    exact: ['line total', 'line amount', 'item total', 'item_total', 'subtotal', 'line subtotal', '小計', '商品小計', 'сумма строки'],
    contains: ['line total', 'item total', '小計'],
  },
  quantity: {
    exact: ['quantity', 'qty', 'items', 'units', 'number_of_cds', 'lineitem quantity', '数量', '個数', 'количество', 'кол-во'],
    contains: ['quantity', 'qty', '数量', 'колич'],
  },
  unitPrice: {
    exact: ['price', 'unit price', 'item price', 'lineitem price', '単価', '価格', 'цена', 'цена за единицу'],
    contains: ['unit price', '単価', 'цена'],
  },
  refundAmount: {
    exact: ['refund', 'refunds', 'refunded', 'refunded amount', 'amount refunded', 'refund amount', '返金', '返金額', '返金金額', 'возврат', 'сумма возврата'],
    contains: ['refund', '返金', 'возврат'],
  },
  status: {
    exact: ['status', 'order status', 'financial status', 'payment status', 'state', 'ステータス', '注文状況', '注文ステータス', '状態', 'статус', 'состояние', 'статус заказа'],
    contains: ['status', 'ステータス', 'статус'],
  },
  currency: { exact: ['currency', 'currency code', '通貨', 'валюта'], contains: ['currency', '通貨', 'валют'] },
  product: {
    exact: ['product', 'product name', 'item', 'item name', 'sku', 'lineitem name', 'title', '商品名', '商品', '品名', 'товар', 'номенклатура', 'наименование', 'продукт'],
    contains: ['product', '商品名', 'товар', 'номенклатур'],
  },
  channel: { exact: ['channel', 'source', 'sales channel', '販売チャネル', 'チャネル', 'канал', 'канал продаж', 'источник'], contains: ['channel', 'チャネル', 'канал'] },
  country: { exact: ['country', 'billing country', 'shipping country', 'country code', '国', '国名', 'страна'], contains: ['country', 'страна'] },
  discountCode: { exact: ['discount code', 'coupon', 'coupon code', 'promo code', 'クーポン', 'クーポンコード', 'промокод', 'купон'], contains: ['coupon', 'discount code', 'промокод', 'クーポン'] },
};

/** Headers that mark an order as cancelled when filled in (Shopify's "Cancelled at"). */
export const CANCELLED_AT_HEADERS = ['cancelled at', 'canceled at', 'cancelled_at', 'date cancelled', 'キャンセル日', 'キャンセル日時', 'дата отмены'];
