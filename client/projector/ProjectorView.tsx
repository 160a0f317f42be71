export default function ProjectorView() { return <main><h1>ProjectorView</h1></main>; }
