import { describe, expect, it } from 'vitest';
import { headerScore, headerSignature, suggestMapping, uniqueHeaders } from './mapping';
import type { ColumnMapping } from '../model/orders';

const split = (headers: string) => headers.split(',');

describe('presets', () => {
  it.each<[string, string[], string, ColumnMapping]>([
    [
      'Shopify orders',
      split('Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Billing Country,Refunded Amount,Id,Source,Phone'),
      'shopify-orders',
      { orderId: 'Name', orderDate: 'Created at', email: 'Email', phone: 'Phone', customerName: 'Billing Name', orderTotal: 'Total', quantity: 'Lineitem quantity', unitPrice: 'Lineitem price', refundAmount: 'Refunded Amount', status: 'Financial Status', currency: 'Currency', product: 'Lineitem name', channel: 'Source', country: 'Billing Country', discountCode: 'Discount Code' },
    ],
    [
      'WooCommerce',
      split('order_id,order_number,order_date,status,order_total,refunded_total,order_currency,customer_id,billing_first_name,billing_email,billing_phone,billing_country,item_name,item_quantity,item_total,coupon_items'),
      'woocommerce',
      { orderId: 'order_number', orderDate: 'order_date', customerId: 'customer_id', email: 'billing_email', phone: 'billing_phone', customerName: 'billing_first_name', orderTotal: 'order_total', lineAmount: 'item_total', quantity: 'item_quantity', refundAmount: 'refunded_total', status: 'status', currency: 'order_currency', product: 'item_name', country: 'billing_country', discountCode: 'coupon_items' },
    ],
    [
      'Stripe unified payments',
      split('id,Created date (UTC),Amount,Amount Refunded,Currency,Description,Status,Card Address Country,Customer ID,Customer Description,Customer Email'),
      'stripe-payments',
      { orderId: 'id', orderDate: 'Created date (UTC)', customerId: 'Customer ID', email: 'Customer Email', customerName: 'Customer Description', orderTotal: 'Amount', refundAmount: 'Amount Refunded', status: 'Status', currency: 'Currency', product: 'Description', country: 'Card Address Country' },
    ],
    [
      'Square item details',
      split('Date,Time,Time Zone,Category,Item,Qty,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Event Type,Customer ID,Customer Name,Channel'),
      'square-item-details',
      { orderId: 'Transaction ID', orderDate: 'Date', orderTime: 'Time', customerId: 'Customer ID', customerName: 'Customer Name', lineAmount: 'Net Sales', quantity: 'Qty', product: 'Item', channel: 'Channel' },
    ],
    [
      'Square transactions',
      split('Date,Time,Time Zone,Gross Sales,Discounts,Net Sales,Tax,Tip,Partial Refunds,Total Collected,Source,Transaction ID,Customer ID,Customer Name'),
      'square-transactions',
      { orderId: 'Transaction ID', orderDate: 'Date', orderTime: 'Time', customerId: 'Customer ID', customerName: 'Customer Name', orderTotal: 'Net Sales', refundAmount: 'Partial Refunds', channel: 'Source' },
    ],
    [
      'Amazon order report',
      split('amazon-order-id,merchant-order-id,purchase-date,last-updated-date,order-status,fulfillment-channel,sales-channel,product-name,sku,quantity,currency,item-price,ship-country,buyer-email,buyer-name'),
      'amazon-orders',
      { orderId: 'amazon-order-id', orderDate: 'purchase-date', email: 'buyer-email', customerName: 'buyer-name', lineAmount: 'item-price', quantity: 'quantity', status: 'order-status', currency: 'currency', product: 'product-name', channel: 'sales-channel', country: 'ship-country' },
    ],
    [
      'BASE',
      split('注文ID,注文日時,氏(請求先),名(請求先),電話番号(請求先),メールアドレス(請求先),商品名,数量,価格,合計金額,注文状況'),
      'base',
      { orderId: '注文ID', orderDate: '注文日時', email: 'メールアドレス(請求先)', phone: '電話番号(請求先)', customerName: '氏(請求先)', orderTotal: '合計金額', quantity: '数量', unitPrice: '価格', status: '注文状況', product: '商品名' },
    ],
    [
      'Rakuten RMS',
      split('受注番号,ステータス,注文日時,注文者名字,注文者名前,注文者メールアドレス,注文者電話番号,商品名,個数,単価,合計金額'),
      'rakuten-rms',
      { orderId: '受注番号', orderDate: '注文日時', email: '注文者メールアドレス', phone: '注文者電話番号', customerName: '注文者名字', orderTotal: '合計金額', quantity: '個数', unitPrice: '単価', status: 'ステータス', product: '商品名' },
    ],
    [
      '1C register',
      split('Дата,Номер,Контрагент,ИНН,Номенклатура,Количество,Цена,Сумма,Валюта,Склад,Статус'),
      '1c-register',
      { orderId: 'Номер', orderDate: 'Дата', customerName: 'Контрагент', customerId: 'ИНН', lineAmount: 'Сумма', quantity: 'Количество', unitPrice: 'Цена', status: 'Статус', currency: 'Валюта', product: 'Номенклатура', channel: 'Склад' },
    ],
  ])('%s', (_name, headers, preset, mapping) => {
    const suggestion = suggestMapping(headers, []);
    expect(suggestion.preset).toBe(preset);
    expect(suggestion.mapping).toEqual(mapping);
  });
});

describe('common header names', () => {
  it.each<[string, string[], string[][], ColumnMapping]>([
    ['English', ['Order Number', 'Order Date', 'Customer Email', 'Customer Name', 'Grand Total', 'Country'], [], { orderId: 'Order Number', orderDate: 'Order Date', email: 'Customer Email', customerName: 'Customer Name', orderTotal: 'Grand Total', country: 'Country' }],
    ['Japanese', ['注文番号', '注文日', '顧客ID', 'お客様名', '合計', '通貨'], [], { orderId: '注文番号', orderDate: '注文日', customerId: '顧客ID', customerName: 'お客様名', orderTotal: '合計', currency: '通貨' }],
    ['Russian', ['Номер заказа', 'Дата заказа', 'Покупатель', 'Телефон', 'Сумма заказа', 'Статус'], [], { orderId: 'Номер заказа', orderDate: 'Дата заказа', customerName: 'Покупатель', phone: 'Телефон', orderTotal: 'Сумма заказа', status: 'Статус' }],
    ['CDNOW', ['customer_id', 'date', 'number_of_cds', 'dollar_value'], [['00001', '19970101', '1', '11.77']], { customerId: 'customer_id', orderDate: 'date', quantity: 'number_of_cds', orderTotal: 'dollar_value' }],
    ['full-width and odd spacing', ['  Ｏｒｄｅｒ  ＩＤ ', 'ORDER DATE', 'E-mail', 'Amount'], [], { orderId: '  Ｏｒｄｅｒ  ＩＤ ', orderDate: 'ORDER DATE', email: 'E-mail', orderTotal: 'Amount' }],
  ])('%s', (_name, headers, sample, mapping) => expect(suggestMapping(headers, sample).mapping).toEqual(mapping));

  it('a "date" column that holds no dates is not taken as the order date', () => {
    const suggestion = suggestMapping(['Date', 'Created', 'Email', 'Total'], [['n/a', '2024-01-05', 'a@x', '5'], ['soon', '2024-01-06', 'b@x', '6']]);
    expect(suggestion.mapping.orderDate).toBe('Created');
  });
});

describe('header helpers', () => {
  it('names duplicate and blank headers apart', () => {
    expect(uniqueHeaders(['A', 'B', 'A', '', 'A'])).toEqual({ headers: ['A', 'B', 'A (2)', 'Column 4', 'A (3)'], duplicates: ['A'] });
  });
  it('gives files of the same header shape the same signature', () => {
    expect(headerSignature([' Order ID', 'Ｔｏｔａｌ'])).toBe(headerSignature(['order id', 'total']));
    expect(headerSignature(['Order ID', 'Total'])).not.toBe(headerSignature(['Total', 'Order ID']));
  });
  it('scores header rows above data rows', () => {
    expect(headerScore(['Order ID', 'Date', 'Total'])).toEqual({ recognised: 3, textCells: 3, filled: 3 });
    expect(headerScore(['1001', '2024-01-05', '12.50'])).toEqual({ recognised: 0, textCells: 0, filled: 3 });
  });
});
