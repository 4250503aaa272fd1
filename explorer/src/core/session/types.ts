/** Where the session keeps the token: sessionStorage in the browser (this tab only, gone when it closes). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the page's address and history look like to the sign-in: window.location and window.history. */
export interface AddressBar {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
}

/** What the service says the token may do (the `viewer` query). */
export interface ViewerInfo {
  id: string;
  roles: string[];
  cleared: boolean;
  permissions: string[];
}

export interface Session {
  token: string | null;
  viewer: ViewerInfo | null;
  /** Why the last sign-in failed, to show beside the sign-in box. */
  problem: string | null;
}
