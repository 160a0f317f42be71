export default function HomeView() { return <main><h1>HomeView</h1></main>; }
