export default function RapporteurView() { return <main><h1>RapporteurView</h1></main>; }
