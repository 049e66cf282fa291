/** One cell of the Customers grid, formatted for its kind. */
import type { CustomerTable } from '../../worker/customers/customer-answers';
import { displayName, numericColumn, type CustomerColumn } from './customer-columns';
import type { CustomerFormatters } from './use-customer-format';

interface CustomerCellProps {
  column: CustomerColumn;
  table: CustomerTable;
  row: number;
  href: string;
  format: CustomerFormatters;
  /** The text of a set flag (translated once for the whole grid). */
  flagYes: string;
}

export function CustomerCell({ column, table, row, href, format, flagYes }: CustomerCellProps) {
  const className = `customer-grid-cell cell-${column.kind}`;
  if (column.id === 'customer') {
    const name = displayName(table, row);
    const secondary = table.email[row] && table.email[row] !== name ? table.email[row] : table.key[row] !== name ? table.key[row] : '';
    return (
      <div role="cell" className={className}>
        <a className="customer-name" href={href} title={name}>
          {name}
        </a>
        {secondary ? <span className="customer-secondary">{secondary}</span> : null}
      </div>
    );
  }
  const value = numericColumn(table, column.id)[row]!;
  let text: string;
  switch (column.kind) {
    case 'day':
      text = format.day(value);
      break;
    case 'count':
      text = format.count(value);
      break;
    case 'money':
      text = format.moneyOrNone(value);
      break;
    case 'days':
      text = format.days(value);
      break;
    case 'percent':
      text = format.share(value);
      break;
    case 'decimal':
      text = format.decimal(value);
      break;
    case 'segment':
      return (
        <div role="cell" className={className}>
          <span className={`segment-chip segment-${value}`}>{format.segmentName(value)}</span>
        </div>
      );
    case 'flag':
      return (
        <div role="cell" className={className}>
          {value === 1 ? <span className={`flag-badge flag-${column.id}`}>{flagYes}</span> : null}
        </div>
      );
    default:
      text = String(value);
  }
  return (
    <div role="cell" className={className}>
      {text}
    </div>
  );
}
