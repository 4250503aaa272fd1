import { useState } from 'preact/hooks';
import { search } from '../../commands/canvas';

export function SearchBox() {
  const [query, setQuery] = useState('');
  return (
    <form
      class="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        void search(query);
      }}
    >
      <input
        type="search"
        name="q"
        aria-label="Search names and titles"
        placeholder="Search persons, organisations, events, places…"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}
