/** Notes the import made about the file (as src-core words them). */
interface ImportNotesProps {
  title: string;
  notes: readonly string[];
}

export function ImportNotes({ title, notes }: ImportNotesProps) {
  if (notes.length === 0) return null;
  return (
    <div className="import-notes">
      <h3 className="import-subtitle">{title}</h3>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
