import { describe, expect, it } from 'vitest';
import { customerKeyIndex } from '../../../src-core/campaigns';
import { decodeIdFile, parseCustomerIdList } from '../../../src-core/campaigns/id-list';

const customers = [{ key: 'ann@shop.test' }, { key: 'C-1001' }, { key: '819012345678' }, { key: 'email' }];
const index = customerKeyIndex(customers);
const parse = (text: string) => parseCustomerIdList(text, index, customers);

describe('parseCustomerIdList', () => {
  it.each([
    ['customer_id\nC-1001\n', 'customer_id'],
    ['E-mail\nann@shop.test', 'E-mail'],
    ['"Customer Key"\nC-1001', '"Customer Key"'],
    ['顧客ID\nC-1001', '顧客ID'],
    ['Клиент\nC-1001', 'Клиент'],
  ])('skips the header of %j', (text, header) => {
    const list = parse(text);
    expect(list.header).toBe(header);
    expect(list.keys.length).toBe(1);
  });

  it('keeps a first line that is a customer key, even one spelled like a header', () => {
    expect(parse('email\nann@shop.test')).toMatchObject({ header: null, keys: ['email', 'ann@shop.test'] });
    expect(parse('C-1001\nann@shop.test').header).toBeNull();
  });

  it('matches keys the way customer keys are built, and counts duplicates and unknown keys', () => {
    const list = parse('  ANN@Shop.Test \r\n"C-1001"\n+81 90-1234-5678\nann@shop.test\n\nNew@Shop.test\nnew@shop.test\n');
    expect(list.keys).toEqual(['ann@shop.test', 'C-1001', '819012345678', 'new@shop.test']);
    expect(list.duplicates).toBe(2);
    expect(list.unknown).toBe(1);
  });

  it('reads the key column of a contact list this app exported', () => {
    const exported = '\uFEFFcustomer_key,name,email,phone,segment,offer,code,group\r\nC-1001,"Smith, J",,,Lost,20% off,AB23,targeted\r\n\'=cmd,Eve,,,Lost,,,holdout\r\n';
    const list = parse(decodeIdFile(new TextEncoder().encode(exported))!);
    expect(list.header).toBe('customer_key,name,email,phone,segment,offer,code,group');
    expect(list.keys).toEqual(['C-1001', '=cmd']);
  });

  it('decodes UTF-16 and Shift_JIS lists and refuses binary files', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'C-1001\n'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(decodeIdFile(utf16)).toBe('C-1001\n');
    const sjis = new Uint8Array([0x8c, 0xda, 0x8b, 0x71, 0x49, 0x44, 0x0a, 0x43, 0x2d, 0x31, 0x30, 0x30, 0x31, 0x0a]); // 顧客ID\nC-1001
    expect(parse(decodeIdFile(sjis)!)).toMatchObject({ header: '顧客ID', keys: ['C-1001'] });
    expect(decodeIdFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]))).toBeNull();
  });
});
