// The three lists Palabre reads from the `stopword` package (it ships no types; @types/stopword
// declares a global `sw` that collides with the service worker's).
declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const spa: string[];
}
