export default function ModeratorView() { return <main><h1>ModeratorView</h1></main>; }
