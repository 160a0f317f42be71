import { render } from 'solid-js/web';
import '../styles/base.css';
render(() => <main><h1>Palabre</h1></main>, document.getElementById('app')!);
