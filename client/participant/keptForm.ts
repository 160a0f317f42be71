// What a person has typed in a form not sent yet (the profile, the join code), kept in this tab so
// that reloading into another language's page (client/i18n/i18n.ts setLang) gives it back.
const key = (name: string) => `palabre:form:${name}:${location.pathname}`;

export function keptForm<T>(name: string) {
  return {
    load(): T | null {
      try {
        const s = sessionStorage.getItem(key(name));
        return s ? (JSON.parse(s) as T) : null;
      } catch {
        return null;
      }
    },
    save(v: T): void {
      try {
        sessionStorage.setItem(key(name), JSON.stringify(v));
      } catch {
        /* storage blocked: kept on this page only */
      }
    },
    clear(): void {
      try {
        sessionStorage.removeItem(key(name));
      } catch {
        /* see save */
      }
    },
  };
}
